import { api, json } from '$lib/server/web/api';

/** A text lesson read to the end; answers the certificate code if it completes the course. */
export const POST = api(async ({ params, locals }) => json(await locals.services.lessons.markDone(locals.auth, params.id!)));
