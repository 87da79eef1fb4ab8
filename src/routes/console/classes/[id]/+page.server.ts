import { redirect } from '@sveltejs/kit';
import { isAppError } from '$lib/server/platform/errors';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { learning, credentials } = event.locals.services;
		const id = event.params.id;
		const find = event.url.searchParams.get('find') ?? '';
		const roster = await learning.roster(auth, id);
		// who would complete if the class were judged now (nothing is issued by looking)
		const judging = roster.learners.some((l) => l.status === 'enrolled') ? await credentials.completeClass(auth, id, { preview: true }).catch((e: unknown) => (isAppError(e) ? null : Promise.reject(e))) : null;
		const candidates = find ? await learning.candidates(auth, id, find) : null;
		const q = event.url.searchParams;
		return { ...roster, judging, find, candidates, done: { enrolled: q.get('enrolled'), issued: q.get('issued'), revoked: q.get('revoked') } };
	});

const back = (id: string, query: string, anchor: string) => `/console/classes/${id}?${query}#${anchor}`;

export const actions: Actions = {
	/** A walk-in resident found by name, given a place (or a waiting place). */
	enrol: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.learning.enrol(requireSignedIn(event), event.params.id, { personId: values.personId ?? '' }), { form: 'enrol' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, `enrolled=${r.status}`, 'roster'));
	},
	/** Judged and issued, after the confirmation (and, before the last session is over, the early box ticked). */
	complete: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.credentials.completeClass(requireSignedIn(event), event.params.id, { early: values.early === 'yes' }), { form: 'complete' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, `issued=${r.completed.filter((c) => c.certificateCode).length}`, 'completion'));
	},
	revoke: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.credentials.revoke(requireSignedIn(event), values.code ?? '', { reason: values.reason ?? '' }), { form: `revoke-${values.code ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'revoked=1', 'roster'));
	}
};
