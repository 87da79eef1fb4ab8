import { api, json, readJson } from '$lib/server/web/api';

/** The course's online lessons, with the signed-in learner's progress. */
export const GET = api(async ({ params, locals }) => json(await locals.services.lessons.lessons(locals.auth, params.id!)));

/** A new lesson at the end (text in Markdown, or a quiz with its questions). */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.lessons.addLesson(locals.auth, params.id!, await readJson(request)), { status: 201 }));
