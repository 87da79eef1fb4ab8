import { fieldsOf, formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { titles } = event.locals.services;
		const view = await titles.cycle(auth, event.params.id);
		const objections = view.can.manage ? await titles.objections(auth, event.params.id) : [];
		return { ...view, objections, done: event.url.searchParams.get('done') };
	});

export const actions: Actions = {
	answer: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ answered: (await event.locals.services.titles.answer(requireSignedIn(event), values.objectionId ?? '', fieldsOf(values, ['answer', 'upheld']))).id }), { form: `answer-${values.objectionId ?? ''}` });
	},
	decide: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ decided: await event.locals.services.titles.decide(requireSignedIn(event), event.params.id, fieldsOf(values, ['number', 'decidedOn', 'signer'])) }), { form: 'decide' });
	}
};
