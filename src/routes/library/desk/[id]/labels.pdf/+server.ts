import { pageLoad } from '$lib/server/web/forms';
import type { RequestHandler } from './$types';

/** The shelf's QR labels as an A4 sheet to print (the newest copies, or ?copy=…&copy=…). */
export const GET: RequestHandler = async (event) =>
	pageLoad(event, async () => {
		const ids = event.url.searchParams.getAll('copy');
		const pdf = await event.locals.services.library.labelsPdf(event.locals.auth, event.params.id, ids.length ? ids : null);
		return new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="nhan-sach.pdf"', 'cache-control': 'private, no-store' } });
	});
