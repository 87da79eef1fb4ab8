import { openApiDocument } from '$lib/server/web/openapi';
import { api, json } from '$lib/server/web/api';

let cached: Record<string, unknown> | null = null;

export const GET = api(async ({ url }) => {
	cached ??= openApiDocument(url.origin);
	return json(cached, { headers: { 'cache-control': 'public, max-age=300' } });
});
