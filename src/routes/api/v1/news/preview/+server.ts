import { api, json, readJson } from '$lib/server/web/api';

/** Renders Markdown exactly as publishing will (editors' preview). */
export const POST = api(async ({ request, locals }) => json(locals.services.news.preview(locals.auth, await readJson(request))));
