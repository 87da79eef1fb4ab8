import { formAction, isFailure, pageLoad, readForm, requireSignedIn, safeValues } from '$lib/server/web/forms';
import { readUpload } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { news, places } = event.locals.services;
		const item = await news.getManaged(event.locals.auth, event.params.id);
		const units = await places.unitsInScope(event.locals.auth, 'news.manage');
		return { item, units, allowPlatform: item.can.platformWide, created: event.url.searchParams.has('created') };
	});

const STATUS_OF: Record<string, string | undefined> = { publish: 'published', unpublish: 'draft', archive: 'archived', save: undefined };

export const actions: Actions = {
	save: async (event) => {
		const values = await readForm(event.request);
		const { news } = event.locals.services;
		if (values.intent === 'preview') {
			const r = await formAction(event, values, async () => news.preview(requireSignedIn(event), { body: values.body ?? '' }));
			return !isFailure(r) ? { preview: r.html, values: safeValues(values) } : r;
		}
		const status = STATUS_OF[values.intent ?? 'save'];
		return formAction(event, values, async () => {
			await news.update(requireSignedIn(event), event.params.id, {
				kind: values.kind,
				title: values.title,
				summary: values.summary ?? '',
				body: values.body,
				scopeUnitId: values.scopeUnitId ?? '',
				...(status && { status })
			});
			return { saved: true };
		});
	},
	cover: async (event) => {
		return formAction(
			event,
			{},
			async () => {
				const { fields, file } = await readUpload(event.request);
				await event.locals.services.news.setCover(requireSignedIn(event), event.params.id, { file, alt: fields.alt ?? '' });
				return { coverSaved: true };
			},
			{ form: 'cover' }
		);
	},
	removeCover: async (event) => {
		return formAction(event, {}, async () => {
			await event.locals.services.news.removeCover(requireSignedIn(event), event.params.id);
			return { coverSaved: true };
		});
	}
};
