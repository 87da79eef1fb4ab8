import { api, json, readJson } from '$lib/server/web/api';

/** A published item to everyone; a draft or archived one to those who manage it. */
export const GET = api(async ({ params, locals }) => json(await locals.services.news.get(locals.auth, params.id!)));

/** Edits; publishing and archiving are a change of `status`. */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.news.update(locals.auth, params.id!, await readJson(request))));
