import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['registered', 'waiting', 'cancelled', 'checked_in', 'already'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({ ticket: await event.locals.services.events.ticket(requireSignedIn(event), event.params.code), done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null }));

export const actions: Actions = {
	cancel: async (event) => {
		const auth = requireSignedIn(event);
		const t = await event.locals.services.events.ticket(auth, event.params.code).catch(() => null);
		const r = await formAction(event, {}, () => event.locals.services.events.cancel(auth, t?.registrationId ?? ''), { form: 'cancel' });
		if (isFailure(r)) return r;
		redirect(303, `/events/${r.eventId}`);
	},
	checkIn: async (event) => {
		const auth = requireSignedIn(event);
		const r = await formAction(event, {}, () => event.locals.services.events.checkIn(auth, { code: event.params.code }), { form: 'checkIn' });
		if (isFailure(r)) return r;
		redirect(303, `/tickets/${encodeURIComponent(event.params.code)}?done=${r.result === 'checked_in' ? 'checked_in' : 'already'}`);
	}
};
