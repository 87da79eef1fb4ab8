import { error, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import { readUpload } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['reviewed', 'document'] as const;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const view = await event.locals.services.scholarships.round(auth, event.params.id);
		const nomination = view.nominations.find((n) => n.id === event.params.nid);
		if (!nomination) error(404, { message: t(auth.locale, 'errors.not_found'), code: 'not_found' });
		return { round: view.round, criteriaSet: view.criteriaSet, can: view.can, nomination, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

const back = (id: string, nid: string, done: string) => `/console/scholarships/${id}/nominations/${nid}?done=${done}`;

export const actions: Actions = {
	review: async (event) => {
		const values = await readForm(event.request);
		const scores = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('score.')).map(([k, v]) => [k.slice(6), v]));
		const r = await formAction(event, values, () => event.locals.services.scholarships.review(requireSignedIn(event), event.params.nid, { conflict: values.conflict ?? '', conflictReason: values.conflictReason ?? '', scores: values.conflict ? {} : scores, note: values.note ?? '' }), { form: 'review' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, event.params.nid, 'reviewed'));
	},
	document: async (event) => {
		const r = await formAction(
			event,
			{},
			async () => {
				const { file, fileName } = await readUpload(event.request);
				return event.locals.services.scholarships.addDocument(requireSignedIn(event), event.params.nid, { file, fileName });
			},
			{ form: 'document' }
		);
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, event.params.nid, 'document'));
	}
};
