/**
 * Study-promotion funds and their books (DOMAIN.md §5). Every movement — a donation in cash, by
 * transfer or in kind, a disbursement (scholarship, reward, expense), a correction — is one entry
 * appended to the fund's book in a transaction that holds the fund's row: numbered next, chained
 * to the entry before by its hash, and refused when it would take the balance below zero, however
 * many processes pay out at once. Nothing is ever changed or deleted; a correction is a reversing
 * entry naming the one it puts right (once). Every entry is audited.
 */
import { type AccessGateway, type AuthContext, type LookupMiss, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { transaction, type Database, type Db } from '../../platform/db';
import type { NewRow, Row } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { newId, newSecret, UUID_RE } from '../../platform/ids';
import type { Links } from '../../platform/links';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import { fundTarget, OWNERS_WITH_ORG } from './funds.policy';
import * as repo from './funds.repository';
import { donorsApi } from './funds.donors';
import { receiptsApi } from './funds.receipts';
import { publicApi } from './funds.public';
import { reportsApi } from './funds.reports';
import { importsApi } from './funds.imports';
import { checkBook, entryHash, GENESIS, receiptNumber, totalsLine, type BookProblem } from './funds.rules';
import { disbursementInput, donationInput, ENTRIES_PAGE_SIZE, entriesQuery, fundCreate, fundListQuery, PURPOSES, reversalInput, transferInput, type EntryOut, type FundOut } from './funds.schemas';
import { isUniqueViolation } from '../../platform/db/dialect';

export interface FundsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	places: { lookups: PlaceLookups };
	links: Links;
	lookupMiss: LookupMiss;
}

type EntryFields = Omit<NewRow<'fund_entries'>, 'id' | 'fund_id' | 'seq' | 'prev_hash' | 'hash' | 'created_at' | 'created_by_account_id'> & { id?: string };

const fundOut = (f: repo.FundRow): FundOut => ({
	id: f.id,
	name: f.name,
	ownerKind: f.owner_kind as FundOut['ownerKind'],
	unitId: f.unit_id,
	unitName: f.unit_name,
	orgId: f.org_id,
	description: f.description,
	balance: Number(f.balance),
	entries: Number(f.entry_count),
	lastHash: f.last_hash,
	createdAt: f.created_at
});

/** What a page of the book carries beside each entry. */
type EntryView = repo.EntryRow & { reversed_by?: string | null; donor_name?: string | null; donor_public?: number | null; receipt_number?: number | null; receipt_year?: number | null; receipt_code?: string | null; verify_url?: string; counterpart_fund_name?: string | null };

const entryOut = (e: EntryView): EntryOut => ({
	id: e.id,
	seq: Number(e.seq),
	kind: e.kind as EntryOut['kind'],
	amount: Number(e.delta),
	method: e.method as EntryOut['method'],
	item: e.item,
	partyKind: e.party_kind,
	partyName: e.donor_name ?? e.party_name,
	partyPublic: Number(e.donor_public ?? e.party_public) === 1,
	purpose: e.purpose as EntryOut['purpose'],
	reversesEntryId: e.reverses_entry_id,
	reversedBy: e.reversed_by ?? null,
	occurredOn: e.occurred_on,
	note: e.note,
	createdAt: e.created_at,
	hash: e.hash,
	donorId: e.donor_id ?? null,
	pledgeId: e.pledge_id ?? null,
	receipt: e.receipt_code && e.receipt_number != null ? { number: receiptNumber(Number(e.receipt_number), Number(e.receipt_year)), code: e.receipt_code, verifyUrl: e.verify_url ?? '' } : null,
	counterpartFundId: e.counterpart_fund_id ?? null,
	counterpartFundName: e.counterpart_fund_name ?? null
});

/** What the funds service's parts share: its dependencies and the one way to reach a fund. */
export interface FundsContext {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	links: Links;
	lookupMiss: LookupMiss;
	places: { lookups: PlaceLookups };
	fundFor(auth: AuthContext, id: string, permission: 'funds.view' | 'funds.manage'): Promise<repo.FundRow>;
	/** a donation written inside a transaction that holds the fund (see donate) */
	donateIn(trx: Kysely<Database>, auth: AuthContext, held: Row<'funds'>, v: z.output<typeof donationInput>): Promise<EntryOut>;
}

export function createFundsService({ db, clock, access, places, links, lookupMiss }: FundsDeps) {
	const k = db.kysely;

	async function fundFor(auth: AuthContext, id: string, permission: 'funds.view' | 'funds.manage') {
		requireActor(auth);
		const f = typeof id === 'string' && UUID_RE.test(id) ? await repo.findFund(k, id) : undefined;
		if (!f) throw new AppError('not_found');
		await access.requireAccess(auth, permission, fundTarget(f));
		return f;
	}

	/**
	 * Appends one entry to a fund's book inside the caller's transaction, holding the fund:
	 * numbered, chained, never below zero (the refusal rolls back the whole transaction).
	 */
	async function appendIn(trx: Kysely<Database>, auth: AuthContext, fund: string | Row<'funds'>, fields: EntryFields, audit: { action: string; note?: string }) {
		const at = clock.now().toISOString();
		// a fund row this transaction holds already (and has not written to since) is taken as it is
		const f = typeof fund === 'string' ? await repo.holdFund(trx, db.dialect, fund) : fund;
		if (!f) throw new AppError('not_found');
		const balance = Number(f.balance) + Number(fields.delta);
		if (balance < 0) throw new AppError('conflict', 'errors.funds.insufficient', { params: { balance: Number(f.balance).toLocaleString('vi-VN') } });
		const row = { ...fields, id: fields.id ?? newId(), fund_id: f.id, seq: Number(f.entry_count) + 1, created_at: at, created_by_account_id: auth.actor!.accountId, prev_hash: f.last_hash, party_public: Number(fields.party_public ?? 0) } as repo.EntryRow;
		row.hash = entryHash(row);
		await repo.insertEntry(trx, row);
		await repo.advanceFund(trx, f.id, { balance, entry_count: row.seq, last_hash: row.hash, updated_at: at });
		const line = totalsLine(row);
		if (line) await repo.addToTotals(trx, f.id, row.occurred_on.slice(0, 7), line, Number(row.delta));
		await recordAudit(trx, clock, auth, { action: audit.action, entityType: 'fund_entry', entityId: row.id, scopeUnitId: f.unit_id, after: { fundId: f.id, seq: row.seq, kind: row.kind, amount: Number(row.delta) }, note: audit.note });
		return row;
	}

	/** Whether a fund's running totals (what the public pages read) still agree with its entries. */
	async function totalsProblem(fundId: string, entries: number): Promise<BookProblem | null> {
		const [kept, counted] = await Promise.all([repo.totalsOf(k, fundId), repo.totalsFromEntries(k, fundId)]);
		const same = (a: typeof kept) => JSON.stringify(a.map((r) => [r.month, r.line, Number(r.amount), Number(r.entries)]));
		return same(kept) === same(counted) ? null : { seq: entries, entryId: null, reason: 'totals' };
	}

	/**
	 * A donation written inside the caller's transaction, which holds the fund (`held`, not yet
	 * written to): the donor (a pledge's, one the fund knows, one typed again, or a new one), the
	 * entry, its receipt numbered next in the fund's year, and the pledge closed once fulfilled.
	 */
	async function donateIn(trx: Kysely<Database>, auth: AuthContext, held: Row<'funds'>, v: z.output<typeof donationInput>): Promise<EntryOut> {
		const at = clock.now().toISOString();
		const pledge = v.pledgeId ? await repo.findPledge(trx, v.pledgeId) : undefined;
		if (v.pledgeId && (!pledge || pledge.fund_id !== held.id)) throw invalidField('pledgeId', 'errors.funds.pledge');
		if (pledge && pledge.status !== 'open') throw new AppError('conflict', 'errors.funds.pledge_closed');
		let donor = pledge ? await repo.findDonor(trx, pledge.donor_id) : v.donorId ? await repo.findDonor(trx, v.donorId) : undefined;
		if (v.donorId && (!donor || donor.fund_id !== held.id || donor.erased_at)) throw invalidField('donorId', 'errors.funds.donor');
		if (!donor && v.donorKind && v.donorKind !== 'anonymous') donor = await repo.findSameDonor(trx, held.id, v.donorKind, v.donorName!, v.donorPhone ?? null);
		if (donor && !pledge && !v.donorId && Number(donor.public) !== (v.donorPublic ? 1 : 0)) {
			// the same donor giving again: what they say now about being named is their wish from now on
			donor = { ...donor, public: v.donorPublic ? 1 : 0, updated_at: at };
			await repo.updateDonor(trx, donor.id, { public: donor.public, updated_at: at });
		}
		if (!donor && v.donorKind && v.donorKind !== 'anonymous') {
			donor = { id: newId(), fund_id: held.id, kind: v.donorKind, name: v.donorName!, phone: v.donorPhone ?? null, address: v.donorAddress ?? null, public: v.donorPublic ? 1 : 0, erased_at: null, created_at: at, updated_at: at };
			await repo.insertDonor(trx, donor);
		}
		const row = await appendIn(trx, auth, held, { kind: 'donation', delta: v.amount, method: v.method, item: v.method === 'in_kind' ? (v.item ?? null) : null, party_kind: donor?.kind ?? 'anonymous', party_name: null, party_public: Number(donor?.public ?? 0), purpose: null, reverses_entry_id: null, occurred_on: v.receivedOn, note: v.note ?? null, donor_id: donor?.id ?? null, pledge_id: pledge?.id ?? null }, { action: 'fund.donation' });
		const year = Number(v.receivedOn.slice(0, 4));
		const receipt = { id: newId(), fund_id: held.id, entry_id: row.id, year, number: await repo.nextReceiptNumber(trx, held.id, year), code: newSecret(9), issued_at: at };
		await repo.insertReceipt(trx, receipt);
		if (pledge && (await repo.pledgeFulfilled(trx, pledge.id)) >= Number(pledge.amount)) await repo.setPledgeStatus(trx, pledge.id, 'fulfilled', at);
		return entryOut({ ...row, donor_name: donor?.name ?? null, donor_public: donor?.public ?? null, receipt_number: receipt.number, receipt_year: receipt.year, receipt_code: receipt.code, verify_url: links.verifyReceipt(receipt.code) });
	}

	/** Appends one entry to a fund's book in a transaction of its own. */
	const append = (auth: AuthContext, fundId: string, fields: EntryFields, audit: { action: string; note?: string }) => transaction(db, (trx) => appendIn(trx, auth, fundId, fields, audit));

	const ctx: FundsContext = { db, clock, access, links, lookupMiss, places, fundFor, donateIn };
	return {
		...donorsApi(ctx),
		...receiptsApi(ctx),
		...publicApi(ctx),
		...reportsApi(ctx),
		...importsApi(ctx),
		async list(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'funds.view');
			const v = parseInput(fundListQuery, input);
			return { items: (await repo.fundsInScope(k, scope, todayVn(clock), v.unit ?? null)).map(fundOut) };
		},

		async get(auth: AuthContext, id: string): Promise<FundOut & { can: { manage: boolean } }> {
			const f = await fundFor(auth, id, 'funds.view');
			return { ...fundOut(f), can: { manage: await access.allows(auth, 'funds.manage', fundTarget(f)) } };
		},

		/** Opens a fund for an owner in a commune or village (a school's or a centre's names it). */
		async create(auth: AuthContext, input: unknown): Promise<FundOut> {
			requireActor(auth);
			const v = parseInput(fundCreate, input);
			const withOrg = OWNERS_WITH_ORG.includes(v.ownerKind);
			const org = withOrg && v.orgId ? await places.lookups.org(v.orgId) : undefined;
			if (withOrg && !org) throw invalidField('orgId', 'errors.funds.org');
			// a school's or a centre's fund sits where the organisation is, whatever unit was picked
			const unitId = org?.unit_id ?? v.unitId;
			const unit = unitId ? await places.lookups.unit(unitId) : undefined;
			if (!unit || !['commune', 'village'].includes(unit.level)) throw invalidField('unitId', 'errors.funds.unit');
			const orgId = org?.id ?? null;
			await access.requireAccess(auth, 'funds.manage', { unitId: unit.id, orgId });
			const at = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertFund(trx, { id, name: v.name, owner_kind: v.ownerKind, unit_id: unit.id, org_id: orgId, description: v.description ?? '', balance: 0, entry_count: 0, last_hash: GENESIS, status: 'open', created_by_account_id: auth.actor!.accountId, created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'fund.create', entityType: 'fund', entityId: id, scopeUnitId: unit.id, after: { name: v.name, ownerKind: v.ownerKind } });
			});
			return fundOut((await repo.findFund(k, id))!);
		},

		async entries(auth: AuthContext, id: string, input: unknown) {
			const f = await fundFor(auth, id, 'funds.view');
			const v = parseInput(entriesQuery, input);
			const rows = await repo.entriesOf(k, f.id, ENTRIES_PAGE_SIZE, (v.page - 1) * ENTRIES_PAGE_SIZE);
			return { items: rows.map((r) => entryOut({ ...r, verify_url: r.receipt_code ? links.verifyReceipt(r.receipt_code) : '' })), total: Number(f.entry_count), page: v.page, pageSize: ENTRIES_PAGE_SIZE };
		},

		/**
		 * A donation written in the book with its receipt, numbered next in the fund's year. The donor
		 * is one the fund knows (or a pledge's), a new one named here, or nobody (anonymous).
		 */
		async donate(auth: AuthContext, fundId: string, input: unknown): Promise<EntryOut> {
			const f = await fundFor(auth, fundId, 'funds.manage');
			const v = parseInput(donationInput, input);
			return transaction(db, async (trx) => {
				// the fund first: a new donor's row refers to it, and taking that share before the
				// fund's own lock would let two donations wait on each other
				const held = (await repo.holdFund(trx, db.dialect, f.id))!;
				return donateIn(trx, auth, held, v);
			});
		},

		/**
		 * Money moved to another fund: an entry in each book, written together (both funds held, in a
		 * fixed order, so two transfers the other way round never wait on each other). Needs the right
		 * to manage both funds; the source never goes below zero.
		 */
		async transfer(auth: AuthContext, fundId: string, input: unknown): Promise<EntryOut> {
			const from = await fundFor(auth, fundId, 'funds.manage');
			const v = parseInput(transferInput, input);
			if (v.toFundId === from.id) throw invalidField('toFundId', 'errors.funds.transfer_same');
			const to = await fundFor(auth, v.toFundId, 'funds.manage').catch((e: unknown) => {
				throw e instanceof AppError && e.code === 'not_found' ? invalidField('toFundId', 'errors.funds.transfer_target') : e;
			});
			const [outId, inId] = [newId(), newId()];
			const row = await transaction(db, async (trx) => {
				for (const id of [from.id, to.id].sort()) await repo.holdFund(trx, db.dialect, id);
				const out = await appendIn(trx, auth, from.id, { id: outId, kind: 'transfer_out', delta: -v.amount, method: null, item: null, party_kind: null, party_name: null, party_public: 0, purpose: null, reverses_entry_id: null, occurred_on: v.movedOn, note: v.note, counterpart_fund_id: to.id, counterpart_entry_id: inId }, { action: 'fund.transfer' });
				await appendIn(trx, auth, to.id, { id: inId, kind: 'transfer_in', delta: v.amount, method: null, item: null, party_kind: null, party_name: null, party_public: 0, purpose: null, reverses_entry_id: null, occurred_on: v.movedOn, note: v.note, counterpart_fund_id: from.id, counterpart_entry_id: outId }, { action: 'fund.transfer' });
				return out;
			});
			return entryOut({ ...row, counterpart_fund_name: to.name });
		},

		/**
		 * A payment written inside another module's transaction (a scholarship round's payout, an
		 * award): the caller has checked its own rights and rules; the book still refuses to go below
		 * zero, which rolls the caller's whole transaction back. Audited as `fund.disbursement`.
		 */
		async payIn(trx: Kysely<Database>, auth: AuthContext, fundId: string, p: { amount: number; purpose: (typeof PURPOSES)[number]; payeeName: string; paidOn: string; note?: string | null }): Promise<EntryOut> {
			requireActor(auth);
			if (!Number.isSafeInteger(p.amount) || p.amount <= 0) throw invalidField('amount', 'errors.funds.amount');
			const row = await appendIn(trx, auth, fundId, { kind: 'disbursement', delta: -p.amount, method: null, item: null, party_kind: 'payee', party_name: p.payeeName, party_public: 0, purpose: p.purpose, reverses_entry_id: null, occurred_on: p.paidOn, note: p.note ?? null }, { action: 'fund.disbursement' });
			return entryOut(row);
		},

		async disburse(auth: AuthContext, fundId: string, input: unknown): Promise<EntryOut> {
			const f = await fundFor(auth, fundId, 'funds.manage');
			const v = parseInput(disbursementInput, input);
			const row = await append(auth, f.id, { kind: 'disbursement', delta: -v.amount, method: null, item: null, party_kind: 'payee', party_name: v.payeeName, party_public: 0, purpose: v.purpose, reverses_entry_id: null, occurred_on: v.paidOn, note: v.note ?? null }, { action: 'fund.disbursement' });
			return entryOut(row);
		},

		/**
		 * Puts an entry right by its opposite, naming it: once per entry, never a reversal itself. A
		 * transfer is put right on both sides at once (the receiving fund must still hold the money).
		 */
		async reverse(auth: AuthContext, entryId: string, input: unknown): Promise<EntryOut> {
			requireActor(auth);
			const e = typeof entryId === 'string' && UUID_RE.test(entryId) ? await repo.findEntry(k, entryId) : undefined;
			if (!e) throw new AppError('not_found');
			const f = await fundFor(auth, e.fund_id, 'funds.manage');
			const v = parseInput(reversalInput, input);
			if (e.kind === 'reversal') throw new AppError('conflict', 'errors.funds.reversal_of_reversal');
			if (await repo.reversalOf(k, e.id)) throw new AppError('conflict', 'errors.funds.already_reversed');
			const other = e.counterpart_entry_id ? await repo.findEntry(k, e.counterpart_entry_id) : undefined;
			if (other) await fundFor(auth, other.fund_id, 'funds.manage');
			const opposite = (x: repo.EntryRow): EntryFields => ({ kind: 'reversal', delta: -Number(x.delta), method: x.method, item: x.item, party_kind: x.party_kind, party_name: x.party_name, party_public: 0, purpose: x.purpose, reverses_entry_id: x.id, occurred_on: todayVn(clock), note: v.reason, donor_id: x.donor_id, pledge_id: x.pledge_id, counterpart_fund_id: x.counterpart_fund_id });
			try {
				return entryOut(
					await transaction(db, async (trx) => {
						for (const id of [f.id, other?.fund_id].filter((x): x is string => !!x).sort()) await repo.holdFund(trx, db.dialect, id);
						const row = await appendIn(trx, auth, f.id, opposite(e), { action: 'fund.reversal', note: v.reason });
						if (other) await appendIn(trx, auth, other.fund_id, opposite(other), { action: 'fund.reversal', note: v.reason });
						// a pledge counts only what stands: a corrected donation reopens a fulfilled pledge
						if (e.pledge_id && (await repo.pledgeFulfilled(trx, e.pledge_id)) < Number((await repo.findPledge(trx, e.pledge_id))!.amount)) await repo.setPledgeStatus(trx, e.pledge_id, 'open', clock.now().toISOString());
						return row;
					})
				);
			} catch (err) {
				// the same entry reversed twice at once: the unique index lets one through
				if (isUniqueViolation(err)) throw new AppError('conflict', 'errors.funds.already_reversed');
				throw err;
			}
		},

		/** Every book walked and checked: the funds whose book is broken, each with the first entry that is wrong. */
		async verify(): Promise<{ funds: number; entries: number; broken: (BookProblem & { fundId: string; fundName: string })[] }> {
			const broken: (BookProblem & { fundId: string; fundName: string })[] = [];
			let entries = 0;
			const funds = await repo.allFunds(k);
			for (const f of funds) {
				const book = await repo.bookOf(k, f.id);
				entries += book.length;
				const problem = checkBook(f, book) ?? (await totalsProblem(f.id, book.length));
				if (problem) broken.push({ ...problem, fundId: f.id, fundName: f.name });
			}
			return { funds: funds.length, entries, broken };
		}
	};
}

export type FundsService = ReturnType<typeof createFundsService>;
