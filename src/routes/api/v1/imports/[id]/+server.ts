import { api, json } from '$lib/server/web/api';
import { importOut } from '$lib/server/web/imports';

/** One import: its status, progress and refused rows (in scope). */
export const GET = api(async ({ params, locals }) => json(importOut(await locals.services.imports.get(locals.auth, params.id!), locals.auth.locale)));
