import { api, json, readJson } from '$lib/server/web/api';

/** The event's registrations and check-ins (those who manage it or check in at its door). */
export const GET = api(async ({ params, locals }) => json(await locals.services.events.roster(locals.auth, params.id!)));

/** Register the signed-in person: a place, or the waiting list; the ticket is answered and sent by email. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.events.register(locals.auth, params.id!, await readJson(request)), { status: 201 }));
