import { api } from '$lib/server/web/api';

/** A donation's receipt as an A4 PDF with its QR code, for whoever may read the fund's book. */
export const GET = api(async ({ params, locals }) => {
	const f = await locals.services.funds.receiptPdf(locals.auth, params.id!);
	return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${f.fileName}"`, 'cache-control': 'private, no-store' } });
});
