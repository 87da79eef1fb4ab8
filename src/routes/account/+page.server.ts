import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	const { accounts, people, signups, learning, credentials } = event.locals.services;
	return pageLoad(event, async () => {
		const [me, sessions, tokens, record, classes, learningRecord] = await Promise.all([accounts.me(auth), accounts.listMySessions(auth), accounts.listTokens(auth), people.mine(auth), learning.myEnrolments(auth), credentials.record(auth)]);
		// not linked yet: where the sign-up stands (staff have none, and see nothing)
		const signup = record ? null : await signups.mine(auth);
		return { account: me, sessions, tokens, record, signup, classes, learningRecord, signedUp: event.url.searchParams.get('signedUp') === '1' };
	});
};

export const actions: Actions = {
	correct: async (event) => {
		const values = await readForm(event.request);
		return formAction(
			event,
			values,
			async () => {
				await event.locals.services.people.correctMine(requireSignedIn(event), {
					fullName: values.fullName,
					birthDate: values.birthDate,
					gender: values.gender,
					phone: values.phone ?? '',
					email: values.email ?? ''
				});
				return { corrected: true };
			},
			{ form: 'correct' }
		);
	},
	resend: async (event) =>
		formAction(
			event,
			{},
			async () => ({ resent: (await event.locals.services.signups.resendConfirmation(requireSignedIn(event))).sent }),
			{ form: 'resend' }
		),
	password: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, async () => {
			await event.locals.services.accounts.changePassword(requireSignedIn(event), values);
			return { passwordChanged: true };
		});
		return r;
	},
	token: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			const t = await event.locals.services.accounts.createToken(requireSignedIn(event), { name: values.name ?? '', expiresInDays: values.expiresInDays ? values.expiresInDays : null });
			return { newToken: t.token, newTokenName: t.name };
		});
	},
	session: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.revokeMySession(requireSignedIn(event), values.session ?? '');
			return { sessionRevoked: true };
		});
	},
	revoke: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.revokeToken(requireSignedIn(event), values.id ?? '');
			return { revoked: true };
		});
	}
};
