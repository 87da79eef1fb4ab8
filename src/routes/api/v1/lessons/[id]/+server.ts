import { api, json } from '$lib/server/web/api';

/** A lesson to learn (signed in): its text, or its questions without their answers. */
export const GET = api(async ({ params, locals }) => json(await locals.services.lessons.lesson(locals.auth, params.id!)));

/** Removes a lesson no learner has started. */
export const DELETE = api(async ({ params, locals }) => json(await locals.services.lessons.removeLesson(locals.auth, params.id!)));
