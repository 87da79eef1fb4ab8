import { api, json, readJson } from '$lib/server/web/api';

/** Name a keeper of the shelf by login (library.manage over the shelf). */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.library.addKeeper(locals.auth, params.id!, await readJson(request)), { status: 201 }));
