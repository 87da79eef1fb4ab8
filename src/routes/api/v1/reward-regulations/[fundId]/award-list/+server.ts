import { api, queryOf } from '$lib/server/web/api';

/** The fund's award list (approved and paid; ?schoolYear=2025-2026) as .xlsx or, with ?format=pdf, an A4 PDF: to print and sign for. */
export const GET = api(async ({ params, url, locals }) => {
	const f = await locals.services.rewards.awardList(locals.auth, params.fundId!, queryOf(url));
	return new Response(new Blob([f.body as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': f.type, 'content-disposition': `attachment; filename="${f.filename}"`, 'cache-control': 'private, no-store' } });
});
