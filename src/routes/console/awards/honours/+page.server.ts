import { redirect } from '@sveltejs/kit';
import { queryOf } from '$lib/server/web/api';
import { fieldsOf, formAction, isFailure, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { honours, places, news } = event.locals.services;
		const q = queryOf(event.url);
		const [list, units, articles, schools] = await Promise.all([honours.list(auth, q), places.unitsInScope(auth, 'honours.nominate').catch(() => []), news.listPublished({}), places.listOrganizationsInScope(auth, { kind: 'school' }).catch(() => ({ items: [] }))]);
		return {
			list: list.items,
			filters: { year: q.year ?? '', status: q.status ?? '' },
			units: units.filter((u) => u.level === 'commune' || u.level === 'village').map((u) => ({ id: u.id, name: u.name, level: u.level })),
			articles: articles.items.map((a) => ({ id: a.id, title: a.title })),
			// a school's own nomination names it (the service checks honours.nominate over it)
			orgs: schools.items.map((o) => ({ id: o.id, name: o.name, unitName: o.unitName })),
			year: new Date(Date.now() + 7 * 3600_000).getUTCFullYear()
		};
	});

const FIELDS = ['unitId', 'orgId', 'year', 'title', 'personName', 'isMinor', 'story', 'evidence', 'newsId'] as const;

export const actions: Actions = {
	nominate: async (event) => {
		const values = await readForm(event.request);
		const r = await formAction(event, values, () => event.locals.services.honours.nominate(requireSignedIn(event), fieldsOf(values, FIELDS)), { form: 'nominate' });
		if (isFailure(r)) return r;
		redirect(303, `/console/awards/honours/${r.id}?done=nominated`);
	}
};
