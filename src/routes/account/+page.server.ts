import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	const { accounts, people, signups, learning, credentials, titles, events, library } = event.locals.services;
	return pageLoad(event, async () => {
		const [me, record, classes, learningRecord, titleRecord, myEvents, reading, challenges] = await Promise.all([accounts.me(auth), people.mine(auth), learning.myEnrolments(auth), credentials.record(auth), titles.recordOf(auth), events.mine(auth), library.myReading(auth, { withHidden: true }), library.myChallengeEntries(auth)]);
		// not linked yet: where the sign-up stands (staff have none, and see nothing)
		const signup = record ? null : await signups.mine(auth);
		return { account: me, record, signup, classes, learningRecord, titles: titleRecord, myEvents, reading, challenges, signedUp: event.url.searchParams.get('signedUp') === '1' };
	});
};

export const actions: Actions = {
	resend: async (event) =>
		formAction(
			event,
			{},
			async () => ({ resent: (await event.locals.services.signups.resendConfirmation(requireSignedIn(event))).sent }),
			{ form: 'resend' }
		),
	/** the reader hides a title from their reading record, or shows it again */
	hideLoan: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, () => event.locals.services.library.hideLoan(requireSignedIn(event), values.loanId ?? '', { hidden: values.hidden ?? '' }), { form: 'reading' });
	}
};
