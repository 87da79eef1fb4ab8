import { api } from '$lib/server/web/api';

/** The template to fill in: ?format=xlsx (default) or csv. */
export const GET = api(async ({ url, locals }) => {
	const f = await locals.services.imports.template(url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx');
	return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': f.type, 'content-disposition': `attachment; filename="${f.fileName}"`, 'cache-control': 'no-store' } });
});
