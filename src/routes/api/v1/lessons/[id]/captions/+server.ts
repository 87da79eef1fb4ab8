import { api } from '$lib/server/web/api';
import { fileResponse } from '$lib/server/web/ranges';

/** A video lesson's captions (WebVTT), for whoever may open the lesson. */
export const GET = api(async ({ params, request, locals }) => fileResponse(request, await locals.services.lessons.captions(locals.auth, params.id!), 'inline'));
