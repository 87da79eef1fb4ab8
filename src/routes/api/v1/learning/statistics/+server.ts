import { api, json, queryOf } from '$lib/server/web/api';

/** Learners, learner-turns, completions and hours in the caller's scope, by dimension, over ?from=&to= (Việt Nam days); ?format=xlsx downloads them. */
export const GET = api(async ({ url, locals }) => {
	const q = queryOf(url);
	if (q.format !== 'xlsx') return json(await locals.services.learning.statistics(locals.auth, q));
	const f = await locals.services.learning.statisticsWorkbook(locals.auth, q);
	return new Response(new Blob([new Uint8Array(f.bytes)]), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${f.fileName}"`, 'cache-control': 'private, no-store' } });
});
