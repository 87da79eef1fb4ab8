import { api, json, readJson } from '$lib/server/web/api';

/** Every version of the emulation criteria (the best-known seeded unconfirmed); a new version (administrators). */
export const GET = api(async ({ locals }) => json({ items: await locals.services.emulation.criteriaVersions(locals.auth) }));
export const POST = api(async ({ request, locals }) => json(await locals.services.criteria.addVersion(locals.auth, 'school_emulation', await readJson(request)), { status: 201 }));
