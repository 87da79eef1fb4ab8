import { api, json, readJson } from '$lib/server/web/api';

/** A lesson to learn (signed in): its text, or its questions without their answers. */
export const GET = api(async ({ params, locals }) => json(await locals.services.lessons.lesson(locals.auth, params.id!)));

/** Corrects a lesson (title, text, a video's link, a quiz's settings and — until answered — questions). */
export const PATCH = api(async ({ params, request, locals }) => json(await locals.services.lessons.updateLesson(locals.auth, params.id!, await readJson(request))));

/** Removes a lesson no learner has started. */
export const DELETE = api(async ({ params, locals }) => json(await locals.services.lessons.removeLesson(locals.auth, params.id!)));
