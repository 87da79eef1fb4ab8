/**
 * What anyone may read of the funds (Nghị định 93/2021 on mobilising and using voluntary
 * contributions: publish what was received, what was spent and the balance). Every figure is
 * computed from the same entries as the book. Donors are named only when they agreed (their
 * current wish), anonymous or unnamed ones are not; people paid — pupils among them — appear as
 * initials only. A fund's page, a commune's page over all its funds, the fund's entries as a
 * spreadsheet (a year at a time, streamed page by page) and an Atom feed of its latest entries.
 */
import { AppError } from '../../platform/errors';
import { UUID_RE } from '../../platform/ids';
import { todayVn } from '../../platform/clock';
import { parseInput } from '../../platform/validation';
import type { PagedTable } from '../../platform/table-stream';
import type { FundsContext } from './funds.service';
import * as repo from './funds.repository';
import { initials } from './funds.rules';
import { publicYearQuery } from './funds.schemas';

const num = (n: unknown) => Number(n);

/** How the public lists name the other side of an entry. */
export const UNNAMED = 'Người ủng hộ (không công khai tên)';
export const ANONYMOUS = 'Người ủng hộ giấu tên';
/** An entry's kind and way as the public lists and the feed write them. */
export const KIND_VI: Record<string, string> = { donation: 'Ủng hộ', disbursement: 'Chi', transfer_in: 'Nhận chuyển quỹ', transfer_out: 'Chuyển quỹ', reversal: 'Điều chỉnh' };
export const WAY_VI: Record<string, string> = { cash: 'Tiền mặt', bank_transfer: 'Chuyển khoản', in_kind: 'Hiện vật', scholarship: 'Học bổng', reward: 'Khen thưởng', expense: 'Chi phí khác' };

/** One entry as the public sees it. */
export interface PublicEntry {
	seq: number;
	on: string;
	kind: string;
	/** the way money came (cash, transfer, in kind) or what it went on */
	way: string | null;
	/** the donor (when they agreed), the person paid (initials), the other fund, or the entry corrected */
	party: string;
	item: string | null;
	amount: number;
	hash: string;
	createdAt: string;
}

export function publicEntry(e: repo.PublicEntryRow): PublicEntry {
	const named = Number(e.donor_public ?? e.party_public) === 1;
	const party =
		e.kind === 'reversal'
			? `Điều chỉnh bút toán số ${e.reverses_seq ?? '?'}`
			: e.counterpart_fund_name
				? e.counterpart_fund_name
				: e.kind === 'donation'
					? e.party_kind === 'anonymous'
						? ANONYMOUS
						: named
							? (e.donor_name ?? e.party_name ?? UNNAMED)
							: UNNAMED
					: initials(e.party_name);
	return { seq: num(e.seq), on: e.occurred_on, kind: e.kind, way: e.method ?? e.purpose ?? null, party, item: e.item, amount: num(e.delta), hash: e.hash, createdAt: e.created_at };
}

/** A calendar year's first and last day, or null for all time. */
const yearSpan = (year: number | null) => (year ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from: null, to: null });

export function publicApi({ db, clock, places }: FundsContext) {
	const k = db.kysely;
	const findPublic = async (id: string) => {
		const f = typeof id === 'string' && UUID_RE.test(id) ? await repo.findFund(k, id) : undefined;
		if (!f) throw new AppError('not_found');
		return f;
	};

	return {
		/**
		 * A fund's public page: what came in, by way and by month, what went out and for what, money
		 * moved with other funds, the balance and the latest entry's hash; the latest donors (named
		 * with consent) and payments (initials).
		 */
		async publicView(id: string) {
			const f = await findPublic(id);
			const [figures, donations, payments, communeId] = await Promise.all([repo.publicFigures(k, f.id), repo.standingEntries(k, f.id, 'donation', 100), repo.standingEntries(k, f.id, 'disbursement', 100), repo.communeOf(k, f.unit_id, todayVn(clock))]);
			const received = figures.inByMethod.reduce((t, r) => t + num(r.n), 0);
			const paid = figures.outByPurpose.reduce((t, r) => t + num(r.n), 0);
			return {
				/** this year in Việt Nam, for the page's "this year" download */
				year: Number(todayVn(clock).slice(0, 4)),
				fund: { id: f.id, name: f.name, ownerKind: f.owner_kind, unitId: f.unit_id, unitName: f.unit_name, communeId, balance: Number(f.balance), entries: Number(f.entry_count), lastHash: f.last_hash },
				received,
				paid,
				receivedByMethod: figures.inByMethod.map((r) => ({ method: r.method!, amount: num(r.n) })),
				receivedByMonth: figures.inByMonth.map((r) => ({ month: r.month, amount: num(r.n) })),
				paidByPurpose: figures.outByPurpose.map((r) => ({ purpose: r.purpose!, amount: num(r.n) })),
				/** net money moved with other funds: positive came in, negative went out */
				transfers: figures.transfers.filter((r) => num(r.n) !== 0).map((r) => ({ fundId: r.fund_id, fundName: r.fund_name, amount: num(r.n) })),
				donors: donations.map((e) => ({ name: Number(e.donor_public ?? e.party_public) === 1 ? (e.donor_name ?? e.party_name) : null, kind: e.party_kind, amount: Number(e.delta), method: e.method, item: e.item, on: e.occurred_on })),
				payments: payments.map((e) => ({ to: initials(e.party_name), purpose: e.purpose, amount: -Number(e.delta), on: e.occurred_on }))
			};
		},

		/**
		 * A commune's funds in one year: each fund (its own, its villages', its schools' and
		 * centres') with what it received and paid that year and its balance now, and the commune's
		 * totals by way, by month and by purpose. A unit that is not a commune is not found.
		 */
		async communeView(communeId: string, input: unknown = {}) {
			const unit = typeof communeId === 'string' && UUID_RE.test(communeId) ? await places.lookups.unit(communeId) : undefined;
			if (!unit || unit.level !== 'commune') throw new AppError('not_found');
			const today = todayVn(clock);
			const year = parseInput(publicYearQuery, input).year ?? Number(today.slice(0, 4));
			const { from, to } = { from: `${year}-01-01`, to: `${year}-12-31` };
			const funds = await repo.communeFunds(k, unit.id, today, from, to);
			const figures = await repo.totalsFigures(
				k,
				funds.map((f) => f.id),
				from.slice(0, 7),
				to.slice(0, 7)
			);
			return {
				unit: { id: unit.id, name: unit.name },
				year,
				thisYear: Number(today.slice(0, 4)),
				funds: funds.map((f) => ({ id: f.id, name: f.name, ownerKind: f.owner_kind, unitName: f.unit_name, received: num(f.received), paid: num(f.paid), balance: num(f.balance), entries: num(f.entry_count), lastHash: f.last_hash })),
				received: funds.reduce((t, f) => t + num(f.received), 0),
				paid: funds.reduce((t, f) => t + num(f.paid), 0),
				balance: funds.reduce((t, f) => t + num(f.balance), 0),
				receivedByMethod: figures.inByMethod.map((r) => ({ method: r.method!, amount: num(r.n) })),
				receivedByMonth: figures.inByMonth.map((r) => ({ month: r.month, amount: num(r.n) })),
				paidByPurpose: figures.outByPurpose.map((r) => ({ purpose: r.purpose!, amount: num(r.n) }))
			};
		},

		/**
		 * A fund's entries as the public sees them, for a spreadsheet: a year (or all), read a
		 * thousand at a time in the order of the book so that a long book never sits whole in memory.
		 */
		async publicTable(id: string, input: unknown = {}): Promise<{ fundName: string; table: PagedTable }> {
			const f = await findPublic(id);
			const year = parseInput(publicYearQuery, input).year ?? null;
			const { from, to } = yearSpan(year);
			const total = await repo.countEntries(k, f.id, from, to);
			return {
				fundName: year ? `${f.name} — năm ${year}` : f.name,
				table: {
					headers: ['Số bút toán', 'Ngày', 'Loại', 'Hình thức / khoản chi', 'Người ủng hộ / người nhận', 'Hiện vật', 'Số tiền (đồng)', 'Mã kiểm tra'],
					numeric: [6],
					total,
					async *pages() {
						let after = 0;
						for (;;) {
							const rows = await repo.publicEntriesPage(k, f.id, after, 1000, from, to);
							if (!rows.length) return;
							after = num(rows[rows.length - 1]!.seq);
							yield rows.map((r) => {
								const e = publicEntry(r);
								return [String(e.seq), e.on, KIND_VI[e.kind] ?? e.kind, e.way ? (WAY_VI[e.way] ?? e.way) : '', e.party, e.item ?? '', String(e.amount), e.hash];
							});
						}
					}
				}
			};
		},

		/** The fund and its latest entries, for its Atom feed. */
		async feed(id: string) {
			const f = await findPublic(id);
			return { fund: { id: f.id, name: f.name, unitName: f.unit_name, updatedAt: f.updated_at }, entries: (await repo.latestPublicEntries(k, f.id, 50)).map(publicEntry) };
		}
	};
}
