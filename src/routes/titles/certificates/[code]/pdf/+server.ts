import { api } from '$lib/server/web/api';
import type { RequestHandler } from './$types';

/** The certificate as a PDF, for the household (or person) and those who review the village. */
export const GET: RequestHandler = api(async (event) => {
	const p = await event.locals.services.titles.certificatePdf(event.locals.auth, event.params.code ?? '');
	return new Response(new Uint8Array(p.bytes), { headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${p.fileName}"`, 'cache-control': 'private, no-store' } });
});
