import { api, queryOf } from '$lib/server/web/api';
import type { RequestHandler } from './$types';

/** The yearly summary as .xlsx, with the page's filters. */
export const GET: RequestHandler = api(async (event) => {
	const x = await event.locals.services.titles.figuresXlsx(event.locals.auth, queryOf(event.url));
	return new Response(new Uint8Array(x.body), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${x.filename}"`, 'cache-control': 'private, no-store' } });
});
