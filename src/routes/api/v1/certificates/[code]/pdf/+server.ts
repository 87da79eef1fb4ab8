import { api } from '$lib/server/web/api';

/** The certificate as an A4 PDF with its QR code, for its holder and the course's managers. */
export const GET = api(async ({ params, locals }) => {
	const f = await locals.services.credentials.certificatePdf(locals.auth, params.code!);
	return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${f.fileName}"`, 'cache-control': 'private, no-store' } });
});
