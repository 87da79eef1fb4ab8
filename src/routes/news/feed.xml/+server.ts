import { t } from '$lib/i18n';
import { api } from '$lib/server/web/api';
import { rss } from '$lib/server/web/feeds';

export const GET = api(async ({ url, locals }) => {
	const list = await locals.services.news.listPublished({});
	return new Response(rss(url.origin, `${t('vi', 'app.name')} — ${t('vi', 'news.title')}`, t('vi', 'app.tagline'), list.items), {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
});
