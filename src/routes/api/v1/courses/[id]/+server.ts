import { api, json, readJson } from '$lib/server/web/api';

/** A course with its classes (published to all; drafts only to those who manage it). */
export const GET = api(async ({ params, locals }) => json(await locals.services.learning.course(locals.auth, params.id!)));

/** Edit; publishing and archiving are a change of status. */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.learning.updateCourse(locals.auth, params.id!, await readJson(request))));
