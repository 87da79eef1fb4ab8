import { api, json } from '$lib/server/web/api';

/** The Week's report (one row per commune, the total the sum of the rows) as JSON, or ?format=xlsx|pdf. */
export const GET = api(async ({ params, url, locals }) => {
	const format = url.searchParams.get('format');
	if (format === 'xlsx' || format === 'pdf') {
		const f = await locals.services.campaigns.weekReportFile(locals.auth, params.id!, format);
		return new Response(new Uint8Array(f.body), { headers: { 'content-type': f.type, 'content-disposition': `attachment; filename="${f.name}"`, 'cache-control': 'no-store' } });
	}
	return json(await locals.services.campaigns.weekReport(locals.auth, params.id!));
});
