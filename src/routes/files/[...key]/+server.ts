import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Stored pictures. Keys are made by the platform and never reused, so they cache forever. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const bytes = await locals.services.news.file(params.key);
	if (!bytes) error(404, { message: 'Không tìm thấy tệp.' });
	const type = params.key.endsWith('.webp') ? 'image/webp' : params.key.endsWith('.png') ? 'image/png' : params.key.endsWith('.jpg') ? 'image/jpeg' : 'application/octet-stream';
	return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable', 'content-length': String(bytes.byteLength) } });
};
