import { api, json, readJson } from '$lib/server/web/api';

/** A quiz attempt: { answers: { <questionId>: [option indexes] | "text" } }; answers the marks and feedback. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.lessons.submitQuiz(locals.auth, params.id!, await readJson(request)), { status: 201 }));
