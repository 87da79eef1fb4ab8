import { api, json, readJson } from '$lib/server/web/api';
import { MEDIA_LIMITS } from '$lib/server/core/learning/learning.schemas';

/** The course's online lessons, with the signed-in learner's progress. */
export const GET = api(async ({ params, locals }) => json(await locals.services.lessons.lessons(locals.auth, params.id!)));

/**
 * A new lesson at the end: JSON, or multipart with the same fields, a `file` (a video or PDF
 * lesson) and a video's `captions` (WebVTT); files go to disk as they arrive, never into memory.
 */
export const POST = api(async ({ params, request, locals }) => {
	const { lessons, uploads } = locals.services;
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) return json(await lessons.addLesson(locals.auth, params.id!, await readJson(request)), { status: 201 });
	await lessons.mayAddLesson(locals.auth, params.id!); // before the body is read
	return uploads.streamedForm(request, MEDIA_LIMITS.video, async (fields, uploads) =>
		json(await lessons.addLesson(locals.auth, params.id!, fields, uploads.file ?? null, uploads.captions ?? null), { status: 201 })
	);
});
