import { api } from '$lib/server/web/api';
import { fundAtom } from '$lib/server/web/feeds';

/** An Atom feed of the fund's latest entries, as the public page shows them. */
export const GET = api(async ({ params, url, locals }) => {
	const feed = await locals.services.funds.feed(params.id!);
	return new Response(fundAtom(url.origin, feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, no-cache' } });
});
