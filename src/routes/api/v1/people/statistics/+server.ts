import { api, json, queryOf } from '$lib/server/web/api';

/** Counts of residents in scope by gender and age group (erased records still count). */
export const GET = api(async ({ url, locals }) => json(await locals.services.people.statistics(locals.auth, queryOf(url))));
