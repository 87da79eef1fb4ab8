import { api } from '$lib/server/web/api';

/** A nomination's document, for the round's reviewers and chair only (404 to everyone else). */
export const GET = api(async ({ params, locals }) => {
	const d = await locals.services.scholarships.document(locals.auth, params.id!);
	return new Response(new Blob([d.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': d.contentType, 'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(d.fileName)}`, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' } });
});
