import { api } from '$lib/server/web/api';
import { fileResponse } from '$lib/server/web/ranges';

/** A finished export's file, for the one who asked for it; byte ranges so a weak connection can resume. */
export const GET = api(async ({ params, request, locals }) => fileResponse(request, await locals.services.exports.file(locals.auth, params.id!), 'attachment'));
