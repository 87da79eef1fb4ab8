/** Loads the demo news desk (news.data.ts) into the database, in the caller's transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { lowerVi, normalizeVi } from '../../../platform/text';
import { demoId } from '../../places/demo/load';
import { markdownText, renderMarkdown } from '../../../platform/markdown';
import { DEMO_NEWS } from './news.data';

export async function loadDemoNews(trx: Kysely<Database>, author: { id: string; name: string }): Promise<number> {
	for (const n of DEMO_NEWS) {
		const all = `${n.title} ${n.summary} ${markdownText(n.body)}`;
		await trx
			.insertInto('news_items')
			.values({
				id: demoId(`news:${n.key}`),
				kind: n.kind,
				status: n.status,
				title: n.title,
				summary: n.summary,
				body_md: n.body,
				body_html: renderMarkdown(n.body),
				author_account_id: author.id,
				author_name: author.name,
				scope_unit_id: n.scope === 'platform' ? null : demoId(n.scope),
				published_at: n.status === 'draft' ? null : n.publishedAt,
				archived_at: n.status === 'archived' ? n.publishedAt : null,
				created_at: n.publishedAt,
				updated_at: n.publishedAt,
				search_text: normalizeVi(all),
				exact_text: lowerVi(all)
			})
			.execute();
	}
	return DEMO_NEWS.length;
}
