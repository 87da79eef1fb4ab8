import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

/** Rows offered for new criteria under the existing ones in the new-version form. */
const EXTRA_ROWS = 2;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const sets = await event.locals.services.scholarships.criteriaSets(requireSignedIn(event));
		// the latest version of each set first; older versions listed under it
		const latest = sets.items.filter((c, i) => sets.items.findIndex((x) => x.family === c.family) === i);
		return { latest, older: sets.items.filter((c) => !latest.includes(c)), can: sets.can, extraRows: EXTRA_ROWS, done: event.url.searchParams.get('done') === 'version' };
	});

export const actions: Actions = {
	version: async (event) => {
		const values = await readForm(event.request);
		// rows c0…cN of the form; a row left wholly empty is dropped
		const criteria: { key: string; label: string; maxPoints: string; evidence: string; documents: string[] }[] = [];
		for (let i = 0; i < 40; i++) {
			const row = (f: string) => (values[`c${i}.${f}`] ?? '').trim();
			if (!['key', 'label', 'maxPoints', 'evidence', 'documents'].some((f) => row(f))) continue;
			criteria.push({ key: row('key'), label: row('label'), maxPoints: row('maxPoints'), evidence: row('evidence'), documents: row('documents').split('\n').map((d) => d.trim()).filter(Boolean) });
		}
		const r = await formAction(event, values, () => event.locals.services.scholarships.addCriteriaSet(requireSignedIn(event), { family: values.family ?? '', name: values.name ?? '', criteria, confirmed: values.confirmed ?? '', note: values.note ?? '' }), { form: values.family ?? '' });
		if (isFailure(r)) return r;
		redirect(303, '/console/scholarships/criteria?done=version');
	}
};
