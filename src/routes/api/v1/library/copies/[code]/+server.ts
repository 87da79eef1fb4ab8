import { api, json, readJson } from '$lib/server/web/api';

/** Public: a copy by its code — the title and the shelf it belongs to, and whether it is in. */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.publicCopy(params.code!)));

/** Mark the copy lost, damaged or withdrawn, or available again: { status, note? }. */
export const PATCH = api(async ({ params, request, locals }) => {
	const body = await readJson(request);
	return json(await locals.services.library.setCopyState(locals.auth, { ...(body && typeof body === 'object' ? body : {}), code: params.code! }));
});
