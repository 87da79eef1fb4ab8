import { api, json, readJson } from '$lib/server/web/api';

/** Moves a lesson one place up or down: `{"direction":"up"|"down"}`. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.lessons.moveLesson(locals.auth, params.id!, await readJson(request))));
