import { api, json, readJson } from '$lib/server/web/api';
import { readForm } from '$lib/server/web/uploads';

/** The course's online lessons, with the signed-in learner's progress. */
export const GET = api(async ({ params, locals }) => json(await locals.services.lessons.lessons(locals.auth, params.id!)));

/** A new lesson at the end: JSON, or multipart with the same fields, a `file` (a video or PDF lesson) and a video's `captions` (WebVTT). */
export const POST = api(async ({ params, request, locals }) => {
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) return json(await locals.services.lessons.addLesson(locals.auth, params.id!, await readJson(request)), { status: 201 });
	await locals.services.lessons.mayAddLesson(locals.auth, params.id!); // before the body is read
	const { fields, file, files } = await readForm(request);
	const upload = (f: File | undefined | null) => (f ? { name: f.name, body: f.stream() } : null);
	return json(await locals.services.lessons.addLesson(locals.auth, params.id!, fields, upload(file), upload(files.captions)), { status: 201 });
});
