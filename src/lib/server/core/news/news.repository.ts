import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import { containsSql, fts5Query, tsQuery } from '../../platform/db/dialect';
import type { DialectName } from '../../platform/db';
import type { Database, NewRow, Row, RowPatch } from '../../platform/db/schema';
import type { SearchTerms } from '../../platform/text';
import { inScopeSql, unitSubtreeSql } from '../places/places.repository';

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

const LIST_COLUMNS = ['n.id', 'n.kind', 'n.status', 'n.title', 'n.summary', 'n.author_name', 'n.scope_unit_id', 'n.published_at', 'n.updated_at', 'n.created_at'] as const;
export type NewsListRow = Pick<Row<'news_items'>, 'id' | 'kind' | 'status' | 'title' | 'summary' | 'author_name' | 'scope_unit_id' | 'published_at' | 'updated_at' | 'created_at'> & { scope_name: string | null };

/**
 * Lists news, newest first; with search terms, items containing the exact accents typed come
 * first, then by text rank, then newest. One query shape on both dialects; only the
 * full-text predicate differs.
 */
export async function listNews(db: DB, f: NewsFilter): Promise<{ rows: NewsListRow[]; total: number }> {
	const sqliteSearch = f.terms && f.dialect === 'sqlite';
	// SQLite: the FTS5 match joined once, giving the rank; PostgreSQL: the tsvector column
	let q = (
		sqliteSearch
			? db
					.selectFrom('news_items as n')
					.innerJoin(sql<{ id: string; rank: number }>`(select id, bm25(news_fts) as rank from news_fts where news_fts match ${fts5Query(f.terms!.tokens)})`.as('f'), 'f.id', 'n.id')
					.leftJoin('admin_units as u', 'u.id', 'n.scope_unit_id')
			: base(db)
	) as ReturnType<typeof base>;
	q = q.where('n.status', 'in', [...f.statuses]);
	if (f.kind) q = q.where('n.kind', '=', f.kind);
	if (f.underUnit) q = q.where(sql<boolean>`n.scope_unit_id in (${unitSubtreeSql([f.underUnit], f.today)})`);
	if (f.scope && !f.scope.all) q = q.where(inScopeSql(f.scope, 'n.scope_unit_id', null, f.today));
	if (f.terms && f.dialect === 'postgres') q = q.where(sql<boolean>`n.search_tsv @@ to_tsquery('simple', ${tsQuery(f.terms.tokens)})`);
	const countQ = q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	let rowsQ = q.select(LIST_COLUMNS).select('u.name as scope_name');
	if (f.terms) {
		rowsQ = rowsQ.orderBy(containsSql(f.dialect, 'n.exact_text', f.terms.exact), 'desc');
		rowsQ =
			f.dialect === 'postgres'
				? rowsQ.orderBy(sql`ts_rank(n.search_tsv, to_tsquery('simple', ${tsQuery(f.terms.tokens)}))`, 'desc')
				: rowsQ.orderBy(sql`f.rank`, 'asc');
	}
	rowsQ = rowsQ.orderBy(sql`coalesce(n.published_at, n.updated_at)`, 'desc').orderBy('n.id', 'desc').limit(f.limit).offset(f.offset);
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
