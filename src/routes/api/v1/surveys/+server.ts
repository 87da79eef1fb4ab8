import { api, json, readJson } from '$lib/server/web/api';

/** Open learning-needs surveys (public). */
export const GET = api(async ({ locals }) => json({ items: await locals.services.surveys.open() }));

/** A centre opens a survey for its commune: { orgId, title, topics }. */
export const POST = api(async ({ request, locals }) => json(await locals.services.surveys.create(locals.auth, await readJson(request)), { status: 201 }));
