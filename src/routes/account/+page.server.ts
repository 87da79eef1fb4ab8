import { formAction, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	const { accounts, people, signups, learning, credentials, titles, events } = event.locals.services;
	return pageLoad(event, async () => {
		const [me, record, classes, learningRecord, titleRecord, myEvents] = await Promise.all([accounts.me(auth), people.mine(auth), learning.myEnrolments(auth), credentials.record(auth), titles.recordOf(auth), events.mine(auth)]);
		// not linked yet: where the sign-up stands (staff have none, and see nothing)
		const signup = record ? null : await signups.mine(auth);
		return { account: me, record, signup, classes, learningRecord, titles: titleRecord, myEvents, signedUp: event.url.searchParams.get('signedUp') === '1' };
	});
};

export const actions: Actions = {
	resend: async (event) =>
		formAction(
			event,
			{},
			async () => ({ resent: (await event.locals.services.signups.resendConfirmation(requireSignedIn(event))).sent }),
			{ form: 'resend' }
		)
};
