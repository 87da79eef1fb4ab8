import { api, json, readJson } from '$lib/server/web/api';

/** Someone without a ticket at the door, registered and checked in at once: { name, phone?, clientKey? } (the key makes a retry harmless). */
export const POST = api(async ({ params, request, locals }) => {
	const body = (await readJson(request)) as Record<string, unknown>;
	return json(await locals.services.events.walkIn(locals.auth, { ...(body && typeof body === 'object' ? body : {}), eventId: params.id! }));
});
