import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import { containsSql, fullTextCandidatesSql } from '../../platform/db/dialect';
import type { DialectName } from '../../platform/db';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import type { SearchTerms } from '../../platform/text';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;

export type NewsRow = Row<'news_items'> & { scope_name: string | null };

const base = (db: DB) => db.selectFrom('news_items as n').leftJoin('admin_units as u', 'u.id', 'n.scope_unit_id');

export function findNews(db: DB, id: string): Promise<NewsRow | undefined> {
	return base(db).selectAll('n').select('u.name as scope_name').where('n.id', '=', id).executeTakeFirst();
}

export interface NewsFilter {
	dialect: DialectName;
	terms: SearchTerms | null;
	kind?: string | undefined;
	/** items scoped inside this unit's subtree */
	underUnit?: string | undefined;
	statuses: readonly string[];
	/** staff lists: only what the actor manages (platform-wide items need a global grant) */
	scope?: ScopeSet;
	today: string;
	limit: number;
	offset: number;
}

const LIST_COLUMNS = ['n.id', 'n.kind', 'n.status', 'n.title', 'n.summary', 'n.author_name', 'n.scope_unit_id', 'n.published_at', 'n.updated_at', 'n.created_at', 'n.cover_key', 'n.cover_thumb_key', 'n.cover_width', 'n.cover_height', 'n.cover_alt'] as const;
export type NewsListRow = Pick<Row<'news_items'>, 'id' | 'kind' | 'status' | 'title' | 'summary' | 'author_name' | 'scope_unit_id' | 'published_at' | 'updated_at' | 'created_at' | 'cover_key' | 'cover_thumb_key' | 'cover_width' | 'cover_height' | 'cover_alt'> & { scope_name: string | null };

/** How many text matches are ranked at most; the rest of a very common query is not shown. */
export const SEARCH_CANDIDATES = 300;

/**
 * Lists news, newest first. With search terms, the full-text index picks the best
 * SEARCH_CANDIDATES matches by text rank (bm25 on SQLite, ts_rank on PostgreSQL); among them
 * items containing the exact accents typed come first, then by rank, then newest. Only the
 * candidate subquery differs between dialects.
 */
export async function listNews(db: DB, f: NewsFilter): Promise<{ rows: NewsListRow[]; total: number }> {
	const candidates = !f.terms
		? null
		: fullTextCandidatesSql(f.dialect, { table: 'news_items', ftsTable: 'news_fts', tokens: f.terms.tokens, statuses: f.statuses, limit: SEARCH_CANDIDATES });
	// with terms the candidates drive the query: CROSS JOIN keeps SQLite from scanning news_items
	const from = () =>
		(candidates
			? db.selectFrom(candidates.as('f')).crossJoin('news_items as n').whereRef('n.id', '=', 'f.id')
			: db.selectFrom('news_items as n')) as unknown as ReturnType<typeof db.selectFrom<'news_items as n'>>;
	const filtered = () => {
		let q = from().where('n.status', 'in', [...f.statuses]);
		if (f.kind) q = q.where('n.kind', '=', f.kind);
		if (f.underUnit) q = q.where(sql<boolean>`n.scope_unit_id in (${unitSubtreeSql([f.underUnit], f.today)})`);
		if (f.scope && !f.scope.all) q = q.where(inScopeSql(f.scope, 'n.scope_unit_id', null, f.today));
		return q;
	};
	// the public list is by publication date (indexed with status); staff lists by last change
	const published = f.statuses.length === 1 && f.statuses[0] === 'published';
	let rowsQ = filtered().leftJoin('admin_units as u', 'u.id', 'n.scope_unit_id').select(LIST_COLUMNS).select('u.name as scope_name');
	if (f.terms) {
		// at most SEARCH_CANDIDATES rows: one query ranks them all, the page is cut here
		rowsQ = rowsQ.orderBy(containsSql(f.dialect, 'n.exact_text', f.terms.exact), 'desc').orderBy(sql`f.rank`, 'asc');
		const all = await rowsQ.orderBy(published ? 'n.published_at' : 'n.updated_at', 'desc').orderBy('n.id', 'desc').execute();
		return { rows: all.slice(f.offset, f.offset + f.limit), total: all.length };
	}
	const countQ = filtered().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	rowsQ = rowsQ.orderBy(published ? 'n.published_at' : 'n.updated_at', 'desc').orderBy('n.id', 'desc').limit(f.limit).offset(f.offset);
	const [rows, count] = await Promise.all([rowsQ.execute(), countQ]);
	return { rows, total: Number(count.n) };
}

export async function insertNews(db: DB, row: NewRow<'news_items'>): Promise<void> {
	await db.insertInto('news_items').values(row).execute();
}

export async function updateNews(db: DB, id: string, patch: RowPatch<'news_items'>): Promise<void> {
	await db.updateTable('news_items').set(patch).where('id', '=', id).execute();
}

export async function countNews(db: DB): Promise<number> {
	const r = await db.selectFrom('news_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(r.n);
}
