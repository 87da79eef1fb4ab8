import { api, json, readJson } from '$lib/server/web/api';

/** A donation written in the book: cash, transfer or in kind (an item and its value), a donor or anonymous. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.funds.donate(locals.auth, params.id!, await readJson(request)), { status: 201 }));
