import { api } from '$lib/server/web/api';

/** The award's evidence file (a scan or photo: PDF, JPEG, PNG), to whoever may read the fund's awards. */
export const GET = api(async ({ params, locals }) => {
	const f = await locals.services.rewards.evidenceFile(locals.auth, params.id!);
	return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': f.type, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`, 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' } });
});
