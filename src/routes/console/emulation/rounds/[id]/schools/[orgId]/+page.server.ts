import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => event.locals.services.emulation.getScore(requireSignedIn(event), event.params.id, event.params.orgId));

/** Per criterion: points in `p.<key>`, a note in `n.<key>` (a blank points field leaves the criterion out). */
function itemsOf(values: Record<string, string>) {
	const items: Record<string, { points: string; note: string }> = {};
	for (const [name, v] of Object.entries(values)) {
		const m = /^p\.([a-z0-9_]{1,40})$/.exec(name);
		if (m && v.trim() !== '') items[m[1]!] = { points: v, note: values[`n.${m[1]}`] ?? '' };
	}
	return items;
}

export const actions: Actions = {
	self: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ saved: (await event.locals.services.emulation.selfScore(requireSignedIn(event), event.params.id, event.params.orgId, { items: itemsOf(values) })).selfTotal }), { form: 'self' });
	},
	review: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ saved: (await event.locals.services.emulation.review(requireSignedIn(event), event.params.id, event.params.orgId, { items: itemsOf(values), comment: values.comment ?? '' })).reviewedTotal }), { form: 'review' });
	},
	award: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ saved: (await event.locals.services.emulation.award(requireSignedIn(event), event.params.id, event.params.orgId, { title: values.title ?? '', note: values.note ?? '' })).awardTitle }), { form: 'award' });
	}
};
