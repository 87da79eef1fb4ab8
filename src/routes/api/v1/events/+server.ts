import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Events in the caller's scope (?unit=, ?campaign=, ?upcoming=1), with places taken, waiting and checked in. */
export const GET = api(async ({ url, locals }) => json(await locals.services.events.list(locals.auth, queryOf(url))));

/** Open an event: { title, kind, venue, address?, startsAt, endsAt, capacity, unitId? | orgId?, campaignId?, description? }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.events.create(locals.auth, await readJson(request)), { status: 201 }));
