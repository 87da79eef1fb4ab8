import { api, queryOf } from '$lib/server/web/api';

/** The signed-receipt list (danh sách ký nhận) of a decided round: ?format=pdf (default) or xlsx; the chair's only. */
export const GET = api(async ({ params, url, locals }) => {
	const f = await locals.services.scholarships.receiptList(locals.auth, params.id!, queryOf(url));
	return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': f.contentType, 'content-disposition': `attachment; filename="${f.fileName}"`, 'cache-control': 'private, no-store' } });
});
