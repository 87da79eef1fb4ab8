import { api, queryOf } from '$lib/server/web/api';
import { tableStream } from '$lib/server/platform/table-stream';

/** Public: the fund's entries as the public sees them, ?format=csv|xlsx (default csv), ?year= for one year; streamed. */
export const GET = api(async ({ params, url, locals }) => {
	const q = queryOf(url);
	const format = q.format === 'xlsx' ? 'xlsx' : 'csv';
	const { fundName, table } = await locals.services.funds.publicTable(params.id!, { year: q.year ?? '' });
	const file = `so-quy-${params.id!.slice(0, 8)}${q.year ? `-${q.year}` : ''}.${format}`;
	return new Response(tableStream(format, fundName, table, async () => undefined), {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${file}"`,
			'cache-control': 'public, no-cache'
		}
	});
});
