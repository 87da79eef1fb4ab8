import { t } from '$lib/i18n';
import { api } from '$lib/server/web/api';
import { atom } from '$lib/server/web/feeds';

export const GET = api(async ({ url, locals }) => {
	const list = await locals.services.news.listPublished({});
	return new Response(atom(url.origin, `${t('vi', 'app.name')} — ${t('vi', 'news.title')}`, list.items), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
});
