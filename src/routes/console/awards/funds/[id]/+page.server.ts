import { redirect } from '@sveltejs/kit';
import { formAction, isFailure, pageLoad, readForm, readFormAll, requireSignedIn } from '$lib/server/web/forms';
import { readUpload } from '$lib/server/web/uploads';
import { ruleLabel } from '$lib/server/core/awards/awards.rules';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['published', 'proposed', 'approved', 'rejected', 'paid'] as const;
/** rows of the regulation form: the rules in force and a few empty ones */
const spareRows = 4;

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { rewards } = event.locals.services;
		const [reg, proposals] = await Promise.all([rewards.regulationsOf(auth, event.params.id), rewards.list(auth, { fund: event.params.id })]);
		const rows = Math.min(40, (reg.versions[0]?.rules.length ?? 4) + spareRows);
		// the form's rows start from the rules in force; a name made from the achievement and rank is left blank, so it follows them
		const formRules = (reg.versions[0]?.rules ?? []).map((r) => ({ achievement: r.achievement, level: r.level, label: r.label === ruleLabel(r.achievement, r.level) ? '' : r.label, amount: r.amount }));
		return { reg, proposals: proposals.items, rows, formRules, done: DONE.find((d) => d === event.url.searchParams.get('done')) ?? null };
	});

const back = (id: string, done: string, anchor = 'proposals') => `/console/awards/funds/${id}?done=${done}#${anchor}`;

export const actions: Actions = {
	publish: async (event) => {
		const values = await readForm(event.request);
		// the rows that were filled in, remembering which row each came from (for the messages)
		const rowOf: number[] = [];
		const rules: Record<string, string>[] = [];
		for (let i = 0; i < 40; i++) {
			const amount = values[`amount_${i}`]?.trim() ?? '';
			const label = values[`label_${i}`]?.trim() ?? '';
			if (!amount && !label) continue;
			rowOf.push(i);
			rules.push({ achievement: values[`achievement_${i}`] ?? '', level: values[`level_${i}`] ?? 'none', label, amount, note: values[`note_${i}`] ?? '' });
		}
		const r = await formAction(event, values, () => event.locals.services.rewards.publish(requireSignedIn(event), event.params.id, { title: values.title ?? '', effectiveFrom: values.effectiveFrom ?? '', note: values.note ?? '', rules }), { form: 'publish' });
		if (isFailure(r)) {
			// "rules.2.amount" → "amount_5": the message sits next to the row typed
			const errors: Record<string, string> = {};
			for (const [k, v] of Object.entries(r.data.errors)) {
				const m = /^rules\.(\d+)\.(\w+)$/.exec(k);
				errors[m ? `${m[2]}_${rowOf[Number(m[1])] ?? 0}` : k] = v;
			}
			r.data.errors = errors;
			return r;
		}
		redirect(303, back(event.params.id, 'published', 'regulation'));
	},
	propose: async (event) => {
		// a multipart form: the fields and, if chosen, a scan or photo of the evidence
		let values: Record<string, string> = {};
		const r = await formAction(
			event,
			values,
			async () => {
				const { fields, file, fileName } = await readUpload(event.request);
				values = fields;
				return event.locals.services.rewards.propose(requireSignedIn(event), { ruleId: fields.ruleId ?? '', personName: fields.personName ?? '', details: fields.details ?? '', evidence: fields.evidence ?? '', schoolYear: fields.schoolYear ?? '' }, file ? { name: fileName, bytes: file } : null);
			},
			{ form: 'propose' }
		);
		if (isFailure(r)) r.data.values = values;
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'proposed'));
	},
	decide: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.rewards.decide(requireSignedIn(event), values.id ?? '', { decision: values.decision ?? '', note: values.note ?? '' }), { form: `decide-${values.id ?? ''}` });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, r.status === 'approved' ? 'approved' : 'rejected'));
	},
	pay: async (event) => {
		const all = (await readFormAll(event.request)) ?? {};
		const values = { paidOn: all.paidOn?.[0] ?? '' };
		const r = await formAction(event, values, () => event.locals.services.rewards.pay(requireSignedIn(event), { ids: all.ids ?? [], paidOn: values.paidOn }), { form: 'pay' });
		if (isFailure(r)) return r;
		redirect(303, back(event.params.id, 'paid'));
	}
};
