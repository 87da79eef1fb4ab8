import { api } from '$lib/server/web/api';
import { fileResponse } from '$lib/server/web/ranges';

/** A video or PDF lesson's file, for whoever may open the lesson; byte ranges for seeking and resuming. */
export const GET = api(async ({ params, request, locals }) => {
	const m = await locals.services.lessons.media(locals.auth, params.id!);
	return fileResponse(request, m, m.type === 'application/pdf' ? 'attachment' : 'inline');
});
