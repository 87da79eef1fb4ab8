import { api, json, readJson } from '$lib/server/web/api';

/** Check a ticket in at the door: { code } (typed, or the QR code's address). Once per ticket; a repeat answers `already`. */
export const POST = api(async ({ request, locals }) => json(await locals.services.events.checkIn(locals.auth, await readJson(request))));
