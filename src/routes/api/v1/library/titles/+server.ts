import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Public: the catalog, searched without accents (q), by commune or village (unit), shelf, age group, subject, available now. */
export const GET = api(async ({ url, locals }) => json(await locals.services.library.catalog(queryOf(url))));

/** Add a title (a keeper or an officer); the same book already there is answered with merged: true. */
export const POST = api(async ({ request, locals }) => {
	const t = await locals.services.library.createTitle(locals.auth, await readJson(request));
	return json(t, { status: t.merged ? 200 : 201 });
});
