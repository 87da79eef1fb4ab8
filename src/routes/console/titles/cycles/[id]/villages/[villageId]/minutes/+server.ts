import { api } from '$lib/server/web/api';
import type { RequestHandler } from './$types';

/** The village meeting's minutes, for those who review the village. */
export const GET: RequestHandler = api(async (event) => {
	const m = await event.locals.services.titles.minutes(event.locals.auth, event.params.id ?? '', event.params.villageId ?? '');
	return new Response(new Uint8Array(m.bytes), { headers: { 'content-type': m.type, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(m.name)}`, 'cache-control': 'private, no-store' } });
});
