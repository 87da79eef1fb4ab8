import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** The public catalog: published courses; q= searches with or without accents; unit=, topic=, mode=. */
export const GET = api(async ({ url, locals }) => json(await locals.services.learning.catalog(queryOf(url))));

/** A new course of an organiser the caller manages (draft unless status says otherwise). */
export const POST = api(async ({ request, locals }) => json(await locals.services.learning.createCourse(locals.auth, await readJson(request)), { status: 201 }));
