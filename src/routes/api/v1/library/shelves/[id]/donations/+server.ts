import { api, json, readJson } from '$lib/server/web/api';

/** The shelf's book donations, newest first, with the titles they became. */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.shelfDonations(locals.auth, params.id!)));

/** Books given to the shelf: { donorName?, donorPublic?, bookCount, value?, fundId?, receivedOn, note? }; with a value and a fund, an in-kind entry in the fund's book. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.library.donateBooks(locals.auth, params.id!, await readJson(request)), { status: 201 }));
