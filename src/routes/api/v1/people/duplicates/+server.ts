import { api, json } from '$lib/server/web/api';

/** Possible duplicates in scope: the same name and birth date more than once. */
export const GET = api(async ({ locals }) => json({ groups: await locals.services.people.duplicates(locals.auth) }));
