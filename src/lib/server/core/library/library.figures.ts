/**
 * Figures for officers in scope (issue 15, part 6): loans in a year by shelf, month, subject and
 * the reader's age group (from the resident record linked to the reader's account, when there is
 * one), the most borrowed titles, and copies never lent — all counted in SQL over the shelves the
 * actor's grants reach; and the same as an .xlsx in the reader's language.
 */
import { sql, type Kysely } from 'kysely';
import { t } from '../../../i18n';
import type { AuthContext, ScopeSet } from '../../platform/access';
import type { Database } from '../../platform/db/schema';
import { inScopeSql, unitSubtreeSql } from '../../platform/db/scope';
import { writeXlsx } from '../../platform/spreadsheet';
import { UUID_RE } from '../../platform/ids';
import type { LibraryContext } from './library.service';

type DB = Kysely<Database>;
const AGE_SQL = sql<string>`case when r.birth_date is null then 'unknown'
	when cast(substr(l.lent_on, 1, 4) as integer) - cast(substr(r.birth_date, 1, 4) as integer) < 11 then 'children'
	when cast(substr(l.lent_on, 1, 4) as integer) - cast(substr(r.birth_date, 1, 4) as integer) < 18 then 'teen'
	when cast(substr(l.lent_on, 1, 4) as integer) - cast(substr(r.birth_date, 1, 4) as integer) < 60 then 'adult'
	else 'senior' end`;

export interface FigureRow {
	key: string;
	label: string;
	loans: number;
}

export function figuresApi(ctx: LibraryContext) {
	const { db, access, today } = ctx;
	const k = db.kysely;

	/** Loans in the year on shelves in scope (and under the unit asked for), joined as each figure needs. */
	const loansIn = (scope: ScopeSet, year: number, unit: string | null) => {
		let q = (k as DB)
			.selectFrom('library_loans as l')
			.innerJoin('library_shelves as s', 's.id', 'l.shelf_id')
			.innerJoin('library_titles as t', 't.id', 'l.title_id')
			.leftJoin('residents as r', 'r.account_id', 'l.reader_account_id')
			.where(inScopeSql(scope, 's.unit_id', 's.org_id', today()))
			.where('l.lent_on', '>=', `${year}-01-01`)
			.where('l.lent_on', '<=', `${year}-12-31`);
		if (unit) q = q.where(sql<boolean>`s.unit_id in (${unitSubtreeSql([unit], today())})`);
		return q;
	};

	return {
		/** The year's figures (this year by default) over the shelves in the actor's scope. */
		async figures(auth: AuthContext, input: { year?: unknown; unit?: unknown } = {}) {
			const scope = access.requireAny(auth, 'library.manage');
			const thisYear = Number(today().slice(0, 4));
			const y = Number(input.year);
			const year = Number.isInteger(y) && y >= 2000 && y <= thisYear + 1 ? y : thisYear;
			const unit = typeof input.unit === 'string' && UUID_RE.test(input.unit) ? input.unit : null;
			const n = sql<number>`count(*)`;
			const [byShelf, byMonth, bySubject, byAge, top, total] = await Promise.all([
				loansIn(scope, year, unit).select(['s.id as key', 's.name as label', n.as('loans')]).groupBy(['s.id', 's.name']).orderBy(sql`count(*)`, 'desc').orderBy('s.name').limit(200).execute(),
				loansIn(scope, year, unit).select([sql<string>`substr(l.lent_on, 1, 7)`.as('key'), n.as('loans')]).groupBy(sql`substr(l.lent_on, 1, 7)`).orderBy('key').execute(),
				loansIn(scope, year, unit).select(['t.subject as key', n.as('loans')]).groupBy('t.subject').orderBy(sql`count(*)`, 'desc').execute(),
				loansIn(scope, year, unit).select([AGE_SQL.as('key'), n.as('loans')]).groupBy(AGE_SQL).execute(),
				loansIn(scope, year, unit).select(['t.id as key', 't.title as label', n.as('loans')]).groupBy(['t.id', 't.title']).orderBy(sql`count(*)`, 'desc').orderBy('t.title').limit(10).execute(),
				loansIn(scope, year, unit).select(n.as('loans')).executeTakeFirst()
			]);
			// copies on the shelves in scope that no one has ever borrowed
			let never = k
				.selectFrom('library_copies as c')
				.innerJoin('library_shelves as s', 's.id', 'c.shelf_id')
				.innerJoin('library_titles as t', 't.id', 'c.title_id')
				.where(inScopeSql(scope, 's.unit_id', 's.org_id', today()))
				.where('c.status', '!=', 'withdrawn')
				.where(({ not, exists, selectFrom }) => not(exists(selectFrom('library_loans as l2').select('l2.id').whereRef('l2.copy_id', '=', 'c.id'))));
			if (unit) never = never.where(sql<boolean>`s.unit_id in (${unitSubtreeSql([unit], today())})`);
			const [neverCount, neverSample] = await Promise.all([never.select(n.as('n')).executeTakeFirst(), never.select(['c.code', 't.title', 's.name as shelf']).orderBy('t.title').limit(20).execute()]);
			const rows = (xs: { key: string; label?: string; loans: number | string }[], label: (k: string) => string = (x) => x) => xs.map((r) => ({ key: r.key, label: r.label ?? label(r.key), loans: Number(r.loans) }));
			const lc = auth.locale;
			const ages = ['children', 'teen', 'adult', 'senior', 'unknown'];
			return {
				year,
				unit,
				total: Number(total?.loans ?? 0),
				byShelf: rows(byShelf),
				byMonth: rows(byMonth),
				bySubject: rows(bySubject, (x) => t(lc, `library.subject.${x}`)),
				byAge: rows(byAge, (x) => t(lc, `library.readerAge.${x}`)).sort((a, b) => ages.indexOf(a.key) - ages.indexOf(b.key)),
				top: rows(top),
				neverLent: { count: Number(neverCount?.n ?? 0), sample: neverSample.map((c) => ({ code: c.code, title: c.title, shelf: c.shelf })) }
			};
		},

		/** The same figures as an .xlsx: one row per group, the total first. */
		async figuresWorkbook(auth: AuthContext, input: { year?: unknown; unit?: unknown } = {}) {
			const f = await this.figures(auth, input);
			const lc = auth.locale;
			const out: string[][] = [[t(lc, 'library.figures.total'), '', String(f.total)]];
			for (const [dim, xs] of [
				['byShelf', f.byShelf],
				['byMonth', f.byMonth],
				['bySubject', f.bySubject],
				['byAge', f.byAge],
				['top', f.top]
			] as const)
				for (const r of xs) out.push([t(lc, `library.figures.${dim}`), r.label, String(r.loans)]);
			out.push([t(lc, 'library.figures.never'), '', String(f.neverLent.count)]);
			const bytes = await writeXlsx({ name: t(lc, 'library.figures.sheet'), headers: [t(lc, 'library.figures.group'), t(lc, 'library.figures.value'), t(lc, 'library.figures.loans')], rows: out });
			return { bytes, fileName: `so-lieu-tu-sach-${f.year}.xlsx` };
		}
	};
}
