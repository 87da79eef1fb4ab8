import { api, json, readJson } from '$lib/server/web/api';
import { readForm } from '$lib/server/web/uploads';

/** The course's online lessons, with the signed-in learner's progress. */
export const GET = api(async ({ params, locals }) => json(await locals.services.lessons.lessons(locals.auth, params.id!)));

/** A new lesson at the end: JSON, or multipart with the same fields and a `file` (a video or PDF lesson). */
export const POST = api(async ({ params, request, locals }) => {
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) return json(await locals.services.lessons.addLesson(locals.auth, params.id!, await readJson(request)), { status: 201 });
	const { fields, file } = await readForm(request);
	return json(await locals.services.lessons.addLesson(locals.auth, params.id!, fields, file && { name: file.name, body: file.stream() }), { status: 201 });
});
