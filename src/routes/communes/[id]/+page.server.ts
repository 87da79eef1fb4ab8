import { error } from '@sveltejs/kit';
import { pageLoad } from '$lib/server/web/forms';
import { t } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** A commune's public page: where to go and whom to call, and what it runs. */
export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { places, learning } = event.locals.services;
		const unit = await places.getUnit(event.params.id);
		if (unit.level !== 'commune') error(404, { message: t(event.locals.auth.locale, 'errors.not_found'), code: 'not_found' });
		const [orgs, upcoming, courses] = await Promise.all([places.listOrganizations({ unit: unit.id }), learning.upcomingClasses({ unitId: unit.id, limit: 10 }), learning.catalog({ unit: unit.id })]);
		return {
			commune: { id: unit.id, name: unit.name, population: unit.population ?? null, parents: unit.ancestors.filter((a) => a.id !== unit.id).map((a) => a.name), villages: unit.children.filter((c) => c.level === 'village').map((c) => c.name) },
			orgs: orgs.items,
			upcoming,
			courses: { total: courses.total, items: courses.items.slice(0, 6).map((c) => ({ id: c.id, title: c.title, mode: c.mode })) }
		};
	});
