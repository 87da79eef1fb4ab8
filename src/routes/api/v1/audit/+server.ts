import { api, json, queryOf } from '$lib/server/web/api';

/** The audit log within the reader's scope; ?format=csv downloads it. */
export const GET = api(async ({ url, locals }) => {
	const q = queryOf(url);
	if (q.format === 'csv') {
		const { format: _format, ...rest } = q;
		const csv = await locals.services.audit.exportCsv(locals.auth, rest);
		return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="nhat-ky-hoat-dong.csv"', 'cache-control': 'no-store' } });
	}
	const r = await locals.services.audit.list(locals.auth, q);
	return json(r);
});
