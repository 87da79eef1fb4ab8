import { api, json, queryOf, readJson } from '$lib/server/web/api';

/** Published news, announcements and stories; ?q= searches as people type (accents optional). */
export const GET = api(async ({ url, locals }) => json(await locals.services.news.listPublished(queryOf(url))));

/** Writes an item (news.manage over its scope); status "published" publishes at once. */
export const POST = api(async ({ request, locals }) => json(await locals.services.news.create(locals.auth, await readJson(request)), { status: 201 }));
