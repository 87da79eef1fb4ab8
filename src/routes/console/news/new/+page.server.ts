import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn, safeValues } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => ({
		units: await event.locals.services.places.unitsInScope(event.locals.auth, 'news.manage'),
		allowPlatform: event.locals.services.news.abilities(event.locals.auth).platformWide
	}));

export const actions: Actions = {
	default: async (event) => {
		const values = await readForm(event.request);
		const { news } = event.locals.services;
		const input = { kind: values.kind ?? '', title: values.title ?? '', summary: values.summary ?? '', body: values.body ?? '', scopeUnitId: values.scopeUnitId ?? '' };
		if (values.intent === 'preview') {
			const r = await formAction(event, values, async () => news.preview(requireSignedIn(event), { body: input.body }));
			return !isFailure(r) ? { preview: r.html, values: safeValues(values) } : r;
		}
		const r = await formAction(event, values, () => news.create(requireSignedIn(event), { ...input, status: values.intent === 'publish' ? 'published' : 'draft' }));
		if (!isFailure(r)) redirect(303, `/console/news/${r.id}?created=1`);
		return r;
	}
};
