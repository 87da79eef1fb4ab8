import { api, json, readJson } from '$lib/server/web/api';

/** The copies on a shelf. */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.shelfCopies(locals.auth, params.id!)));

/** Put copies of a title on the shelf: { titleId, count }; each gets a short code. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.library.addCopies(locals.auth, params.id!, await readJson(request)), { status: 201 }));
