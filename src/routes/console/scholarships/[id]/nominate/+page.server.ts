import { error, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { scholarships, places } = event.locals.services;
		const view = await scholarships.round(auth, event.params.id);
		if (!view.can.nominate) error(409, { message: t(auth.locale, 'errors.scholarships.not_open'), code: 'conflict' });
		const [unit, schools] = await Promise.all([places.getUnit(view.round.unitId), places.listOrganizationsInScope(auth, { kind: 'school', unit: view.round.unitId }).catch(() => ({ items: [] }))]);
		return { round: view.round, criteriaSet: view.criteriaSet, villages: unit.children.filter((c) => c.level === 'village').map((c) => ({ id: c.id, name: c.name })), schools: schools.items.map((o) => ({ id: o.id, name: o.name })) };
	});

export const actions: Actions = {
	default: async (event) => {
		const values = await readForm(event.request);
		const claims = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('claim.')).map(([k, v]) => [k.slice(6), v]));
		const fields = ['pupilName', 'birthYear', 'schoolOrgId', 'schoolName', 'className', 'villageId', 'circumstances'] as const;
		const r = await formAction(event, values, () => event.locals.services.scholarships.nominate(requireSignedIn(event), event.params.id, { ...Object.fromEntries(fields.map((f) => [f, values[f] ?? ''])), claims }));
		if (isFailure(r)) return r;
		redirect(303, `/console/scholarships/${event.params.id}?done=nominated`);
	}
};
