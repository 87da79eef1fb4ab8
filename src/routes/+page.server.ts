import type { PageServerLoad } from './$types';

/**
 * The front door: what is on (classes starting soon, near the visitor when they say where or are
 * signed in as a resident), the latest news, each commune's page; for a signed-in resident their
 * own next classes. Anonymous answers are kept by the page cache, so nothing here is personal
 * unless someone is signed in.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { places, learning, news, people } = locals.services;
	const auth = locals.auth;
	const signedIn = auth.actor !== null;
	const [record, mine, online] = signedIn ? await Promise.all([people.mine(auth), learning.myEnrolments(auth), learning.continueLearning(auth)]) : [null, [], []];
	// near me: the commune asked for, else the signed-in resident's own
	const asked = url.searchParams.get('xa');
	const home = !asked && record ? (await places.getUnit(record.villageId)).ancestors.find((a) => a.level === 'commune')?.id ?? null : null;
	const [communes, centres, latest] = await Promise.all([places.communesToday(), places.listOrganizations({ kind: 'learning_centre' }), news.listPublished({})]);
	const near = communes.find((c) => c.id === (asked ?? home))?.id ?? null;
	const upcoming = await learning.upcomingClasses({ unitId: near, limit: 6 });
	return {
		communes: communes.map((c) => ({ id: c.id, name: c.name, population: c.population, centres: centres.items.filter((o) => o.unitId === c.id).map((o) => o.name) })),
		near,
		upcoming,
		news: latest.items.slice(0, 3).map((n) => ({ id: n.id, title: n.title, summary: n.summary, kind: n.kind, publishedAt: n.publishedAt })),
		mine: mine.filter((e) => !e.ended).slice(0, 3),
		online,
		resident: record ? { villageName: record.villageName } : null
	};
};
