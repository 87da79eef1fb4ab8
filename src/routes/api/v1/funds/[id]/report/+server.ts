import { api, json, queryOf } from '$lib/server/web/api';

/** The fund's yearly report (?year=, this year by default): JSON, or ?format=xlsx|pdf as a file. */
export const GET = api(async ({ params, url, locals }) => {
	const q = queryOf(url);
	if (q.format === 'xlsx' || q.format === 'pdf') {
		const f = await locals.services.funds.yearReportFile(locals.auth, params.id!, q);
		return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': f.type, 'content-disposition': `attachment; filename="${f.fileName}"`, 'cache-control': 'private, no-store' } });
	}
	return json(await locals.services.funds.yearReport(locals.auth, params.id!, q));
});
