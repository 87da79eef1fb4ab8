import { randomBytes } from 'node:crypto';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({
		roster: await event.locals.services.events.roster(requireSignedIn(event), event.params.id),
		// a walk-in form sent twice (a double tap, a resend after a dropped connection) adds the person once
		walkInKey: randomBytes(12).toString('base64url')
	}));

export const actions: Actions = {
	checkIn: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.events.checkIn(auth, { code: values.code ?? '' }), { form: 'checkIn' });
		if (isFailure(r)) return r;
		return { form: 'checkIn', result: r };
	},
	walkIn: async (event) => {
		const auth = requireSignedIn(event);
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.events.walkIn(auth, { eventId: event.params.id, name: values.name ?? '', phone: values.phone ?? '', clientKey: values.clientKey ?? '' }), { form: 'walkIn' });
		if (isFailure(r)) return r;
		return { form: 'walkIn', result: r };
	}
};
