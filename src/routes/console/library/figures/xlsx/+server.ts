import { queryOf } from '$lib/server/web/api';
import { pageLoad } from '$lib/server/web/forms';
import type { RequestHandler } from './$types';

/** The figures page as an .xlsx (the same filters). */
export const GET: RequestHandler = async (event) =>
	pageLoad(event, async () => {
		const { bytes, fileName } = await event.locals.services.library.figuresWorkbook(event.locals.auth, queryOf(event.url));
		return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' } });
	});
