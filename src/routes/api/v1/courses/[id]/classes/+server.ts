import { api, json, readJson } from '$lib/server/web/api';

/** A new in-person class of the course, with its sessions. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.learning.createClass(locals.auth, params.id!, await readJson(request)), { status: 201 }));
