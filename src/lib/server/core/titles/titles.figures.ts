/**
 * Learning titles, the figures: registered against recognised by title, village and commune, this
 * year beside the year before, against the QĐ 387/QĐ-TTg targets (recognised as a share of those
 * that could hold the title: households, clans, villages, organisations, working-age adults), in
 * the actor's scope (`titles.view`), counted in SQL; as .xlsx in the layout of a yearly summary.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { titlesSummaryXlsx } from './titles.xlsx';
import type { TitlesCore } from './titles.core';
import * as repo from './titles.repository';
import { figuresQuery, TARGETS, TITLE_KINDS, type TitleKind } from './titles.schemas';
import { TITLE_NAMES } from './titles.review';
import { sql } from 'kysely';

export interface FiguresDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	core: TitlesCore;
}

export interface FigureRow {
	kind: TitleKind;
	registered: number;
	recognised: number;
	/** how many could hold the title (households, clans, villages, organisations, adults 15–60) */
	eligible: number;
	/** recognised as a share of eligible, in per cent to a tenth */
	rate: number;
	target: number;
}

const pct = (a: number, b: number) => (b > 0 ? Math.round((a * 1000) / b) / 10 : 0);

export function createTitlesFigures({ db, clock, access }: FiguresDeps) {
	const k = db.kysely;

	/** How many could hold each title in a set of units (a commune's villages). */
	async function eligibleIn(villageIds: string[], year: number): Promise<Record<TitleKind, number>> {
		if (!villageIds.length) return { family: 0, clan: 0, community: 0, unit: 0, citizen: 0 };
		const n = async (q: Promise<{ n: number | string } | undefined>) => Number((await q)?.n ?? 0);
		const [family, clan, citizen] = await Promise.all([
			n(k.selectFrom('households').select(sql<number>`count(*)`.as('n')).where('village_id', 'in', villageIds).executeTakeFirst()),
			n(k.selectFrom('clans').select(sql<number>`count(*)`.as('n')).where('home_village_id', 'in', villageIds).executeTakeFirst()),
			n(k.selectFrom('residents').select(sql<number>`count(*)`.as('n')).where('village_id', 'in', villageIds).where('status', '=', 'active').where('birth_date', '<=', `${year - 15}-12-31`).where('birth_date', '>', `${year - 61}-12-31`).executeTakeFirst())
		]);
		const unit = await n(k.selectFrom('organizations').select(sql<number>`count(*)`.as('n')).where('unit_id', 'in', villageIds).executeTakeFirst());
		return { family, clan, community: villageIds.length, unit, citizen };
	}

	/**
	 * A commune's figures (or the first commune in scope) for a year and the year before: per title
	 * and per village, registered and recognised, the rate against its target.
	 */
	async function figures(auth: AuthContext, input: unknown = {}) {
		requireActor(auth);
		const v = parseInput(figuresQuery, input);
		const t = todayVn(clock);
		const year = v.year ?? Number(t.slice(0, 4));
		const scope = access.requireAny(auth, 'titles.view');
		const cycles = await repo.cyclesInScope(k, scope, t, {});
		const communes = [...new Map(cycles.map((c) => [c.commune_id, c.commune_name])).entries()].map(([id, name]) => ({ id, name }));
		const communeId = v.commune ?? communes[0]?.id;
		if (!communeId || !UUID_RE.test(communeId)) return { year, commune: null, communes, rows: [], previous: [], villages: [], deadlines: null };
		// the commune must be one the actor reaches (as a whole or by a village of it)
		if (!communes.some((c) => c.id === communeId) && !(await access.allows(auth, 'titles.view', { unitId: communeId }))) throw new AppError('not_found');
		const commune = await repo.unitName(k, communeId);
		if (!commune) throw new AppError('not_found');
		const villages = await repo.villagesOf(k, communeId, t);
		const counts = await repo.registrationCounts(k, scope, t, { communeId, years: [year, year - 1] });
		const eligible = await eligibleIn(
			villages.map((x) => x.id),
			year
		);
		const rowsFor = (y: number): FigureRow[] =>
			TITLE_KINDS.map((kind) => {
				const mine = counts.filter((c) => Number(c.year) === y && c.kind === kind);
				const registered = mine.reduce((a, c) => a + Number(c.registered), 0);
				const recognised = mine.reduce((a, c) => a + Number(c.recognised), 0);
				return { kind, registered, recognised, eligible: eligible[kind], rate: pct(recognised, eligible[kind]), target: TARGETS[kind] };
			});
		const cycle = cycles.find((c) => c.commune_id === communeId && Number(c.year) === year);
		return {
			year,
			commune: { id: commune.id, name: commune.name },
			communes,
			rows: rowsFor(year),
			previous: rowsFor(year - 1),
			villages: villages.map((vl) => {
				const mine = counts.filter((c) => Number(c.year) === year && c.village_id === vl.id);
				return {
					id: vl.id,
					name: vl.name,
					byKind: TITLE_KINDS.map((kind) => {
						const m = mine.filter((c) => c.kind === kind);
						return { kind, registered: m.reduce((a, c) => a + Number(c.registered), 0), recognised: m.reduce((a, c) => a + Number(c.recognised), 0) };
					})
				};
			}),
			deadlines: cycle ? { decisionBy: cycle.decision_by, summaryBy: cycle.summary_by, status: cycle.status } : null
		};
	}

	/**
	 * Public: a commune's counts for a year by title and village (registered, recognised), the names
	 * of recognised households only where they consented, and the lists posted today.
	 */
	async function publicCounts(communeId: string, input: unknown = {}) {
		const v = parseInput(figuresQuery, input);
		const commune = UUID_RE.test(communeId) ? await repo.unitName(k, communeId) : null;
		if (!commune || commune.level !== 'commune') throw new AppError('not_found');
		const t = todayVn(clock);
		const years = (await k.selectFrom('title_cycles').select('year').where('commune_id', '=', communeId).orderBy('year', 'desc').execute()).map((r) => Number(r.year));
		const year = v.year ?? years[0] ?? Number(t.slice(0, 4));
		const counts = await repo.registrationCounts(k, { all: true, unitIds: [], orgIds: [] }, t, { communeId, years: [year] });
		const villages = await repo.villagesOf(k, communeId, t);
		const consented = await k
			.selectFrom('title_registrations as r')
			.innerJoin('title_cycles as c', 'c.id', 'r.cycle_id')
			.innerJoin('admin_units as v', 'v.id', 'r.village_id')
			.select(['r.kind', 'r.subject_name', 'v.name as village_name'])
			.where('c.commune_id', '=', communeId)
			.where('c.year', '=', year)
			.where('r.status', '=', 'recognised')
			.where('r.public_consent', '=', 1)
			.orderBy('v.name')
			.orderBy('r.subject_name')
			.limit(2000)
			.execute();
		const postings = (await repo.openPostings(k, communeId, t)).map((p) => ({ cycleId: p.cycle_id, villageId: p.village_id, villageName: p.village_name, closesOn: p.closes_on }));
		return {
			commune: { id: commune.id, name: commune.name },
			year,
			years,
			byKind: TITLE_KINDS.map((kind) => ({ kind, registered: counts.filter((c) => c.kind === kind).reduce((a, c) => a + Number(c.registered), 0), recognised: counts.filter((c) => c.kind === kind).reduce((a, c) => a + Number(c.recognised), 0) })),
			byVillage: villages.map((vl) => {
				const m = counts.filter((c) => c.village_id === vl.id && c.kind === 'family');
				return { name: vl.name, registered: m.reduce((a, c) => a + Number(c.registered), 0), recognised: m.reduce((a, c) => a + Number(c.recognised), 0) };
			}),
			names: consented.map((r) => ({ kind: r.kind as TitleKind, name: r.subject_name, villageName: r.village_name })),
			postings
		};
	}

	return {
		figures,
		publicCounts,

		/** The figures as .xlsx in the layout of the association's yearly summary (one row per title, then per village). */
		async figuresXlsx(auth: AuthContext, input: unknown = {}) {
			const f = await figures(auth, input);
			if (!f.commune) throw new AppError('not_found');
			const header = ['Danh hiệu', 'Số đăng ký', 'Số được công nhận', 'Tỷ lệ công nhận/đăng ký (%)', 'Số có thể đạt', 'Tỷ lệ đạt (%)', 'Chỉ tiêu QĐ 387 (%)', `Được công nhận năm ${f.year - 1}`];
			const rows: (string | number)[][] = f.rows.map((r, i) => [TITLE_NAMES[r.kind], r.registered, r.recognised, pct(r.recognised, r.registered), r.eligible, r.rate, r.target, f.previous[i]!.recognised]);
			const villageRows: (string | number)[][] = f.villages.map((vl) => [vl.name, ...vl.byKind.flatMap((x) => [x.registered, x.recognised])]);
			const body = await titlesSummaryXlsx({ title: `Báo cáo tổng hợp danh hiệu học tập năm ${f.year} — ${f.commune.name}`, header, rows, villageHeader: ['Thôn, tổ dân phố', ...TITLE_KINDS.flatMap((kd) => [`${TITLE_NAMES[kd]}: đăng ký`, `${TITLE_NAMES[kd]}: công nhận`])], villageRows });
			return { body, filename: `tong-hop-danh-hieu-hoc-tap-${f.year}.xlsx` };
		}
	};
}
