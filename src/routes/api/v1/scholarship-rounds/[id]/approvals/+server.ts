import { api, json } from '$lib/server/web/api';

/** Approve the next nominations in rank order, as many as fit the budget and the places (the chair). */
export const POST = api(async ({ params, locals }) => json(await locals.services.scholarships.approveInOrder(locals.auth, params.id!)));
