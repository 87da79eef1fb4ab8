import { fail } from '@sveltejs/kit';
import { formAction, pageLoad, readForm, readFormAll, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { campaigns } = event.locals.services;
		const campaign = await campaigns.get(auth, event.params.id);
		const [mine, status] = await Promise.all([campaigns.assignments(auth, { campaign: campaign.id }), campaign.can.manage && campaign.level === 'commune' ? campaigns.status(auth, campaign.id) : null]);
		return { campaign, mine, status, actorKinds: [...campaigns.actorKinds] };
	});

export const actions: Actions = {
	directive: async (event) => {
		const all = await readFormAll(event.request);
		if (!all) return fail(400, { form: 'directive', message: '', errors: {}, values: {} });
		const one = (k: string) => all[k]?.[0] ?? '';
		const values = { title: one('title'), body: one('body'), dueOn: one('dueOn'), figures: one('figures') };
		return formAction(event, values, async () => ({ form: 'directive', added: (await event.locals.services.campaigns.addDirectiveFromForm(requireSignedIn(event), event.params.id, { ...values, actorKinds: all.actorKinds ?? [] })).id }), { form: 'directive' });
	},
	report: async (event) => {
		const values = await readForm(event.request);
		const figures = Object.fromEntries(Object.entries(values).filter(([k, v]) => k.startsWith('figure.') && v.trim() !== '').map(([k, v]) => [k.slice(7), v]));
		return formAction(event, values, async () => ({ form: `report-${values.assignmentId}`, reported: (await event.locals.services.campaigns.report(requireSignedIn(event), values.assignmentId ?? '', { status: values.status ?? '', report: values.report ?? '', figures })).id }), { form: `report-${values.assignmentId}` });
	},
	submit: async (event) => formAction(event, {}, async () => ({ form: 'submit', submitted: (await event.locals.services.campaigns.submitReport(requireSignedIn(event), event.params.id)).id }), { form: 'submit' }),
	remind: async (event) => formAction(event, {}, async () => ({ form: 'remind', ...(await event.locals.services.campaigns.remind(requireSignedIn(event), event.params.id)) }), { form: 'remind' })
};
