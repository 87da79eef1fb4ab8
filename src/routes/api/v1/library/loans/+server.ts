import { api, json, readJson } from '$lib/server/web/api';

/** Lend a copy by its code to a reader (login): { code, reader }; 409 when it is out already. */
export const POST = api(async ({ request, locals }) => json(await locals.services.library.lend(locals.auth, await readJson(request)), { status: 201 }));
