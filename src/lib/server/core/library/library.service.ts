/**
 * Community bookshelves (issue 15): shelves in a commune or village with keepers and hours, one
 * shared catalog of titles (ISBN checked, duplicates merged), copies with short codes and QR
 * labels, and circulation (`library.circulation.ts`): lending and taking back by code, renewals,
 * holds in a queue, reminders by email from a job. The catalog and shelves' pages are public.
 */
import { type AccessGateway, type AuthContext, requireActor, scopesFor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import type { Links } from '../../platform/links';
import type { Outbox } from '../../platform/mail';
import { searchTerms } from '../../platform/text';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import { shelfTarget } from './library.policy';
import * as repo from './library.repository';
import { newCopyCode, readCopyCode, SUBJECTS, titleKey, titleSearchText } from './library.rules';
import { CATALOG_PAGE_SIZE, catalogQuery, copiesInput, keeperInput, MAX_LABELS, mergeInput, shelfInput, shelfUpdateInput, titleInput, type ShelfOut, type TitleOut } from './library.schemas';
import { circulationApi } from './library.circulation';
import { noticesApi } from './library.notices';
import { importsApi } from './library.imports';
import { figuresApi } from './library.figures';
import { donationsApi, type FundsForLibrary } from './library.donations';
import { renderLabelsPdf } from './labels.pdf';
import { challengesApi, type CredentialsForLibrary, type JobsForLibrary } from './library.challenges';

export interface LibraryDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	outbox: Outbox;
	places: { lookups: PlaceLookups };
	links: Links;
	funds: FundsForLibrary;
	credentials: CredentialsForLibrary;
	jobs: JobsForLibrary;
}

export const shelfOut = (s: repo.ShelfRow): ShelfOut => ({
	id: s.id,
	name: s.name,
	unitId: s.unit_id,
	unitName: s.unit_name,
	communeName: s.commune_name,
	orgId: s.org_id,
	address: s.address,
	hours: s.hours,
	loanDays: Number(s.loan_days),
	maxRenewals: Number(s.max_renewals),
	holdDays: Number(s.hold_days),
	copies: Number(s.copies ?? 0),
	onLoan: Number(s.on_loan ?? 0)
});

export const titleOut = (t: repo.TitleRow & { copies?: number; available?: number }): TitleOut => ({
	id: t.id,
	isbn: t.isbn,
	title: t.title,
	authors: t.authors,
	publisher: t.publisher,
	year: t.year === null ? null : Number(t.year),
	subject: t.subject,
	ageGroup: t.age_group,
	language: t.language,
	copies: Number(t.copies ?? 0),
	available: Number(t.available ?? 0)
});

/** What the service's parts share. */
export interface LibraryContext {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	outbox: Outbox;
	links: Links;
	today(): string;
	/** the shelf, when the actor keeps it or manages it in scope; else not found */
	shelfFor(auth: AuthContext, id: string, need: 'circulate' | 'manage'): Promise<repo.ShelfRow>;
	/** the copy a typed or scanned code names (a field message when none), and its shelf for the actor */
	copyFor(auth: AuthContext, typed: string, need: 'circulate' | 'manage'): Promise<{ copy: repo.CopyRow; shelf: repo.ShelfRow }>;
	/** a reader's reading changed (a book came back): their reading challenges are looked at, in the background */
	readingChanged(accountId: string): Promise<void>;
}

export function createLibraryService({ db, clock, access, outbox, places, links, funds, credentials, jobs }: LibraryDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const nowIso = () => clock.now().toISOString();

	async function shelfFor(auth: AuthContext, id: string, need: 'circulate' | 'manage') {
		requireActor(auth);
		// the shelf without its counts (reading them is for pages, not for an access check)
		const s = typeof id === 'string' && UUID_RE.test(id) ? await repo.findShelf(k, id, today(), false) : undefined;
		if (!s) throw new AppError('not_found');
		if (await access.allows(auth, 'library.manage', shelfTarget(s))) return s;
		if (need === 'circulate' && (await repo.isKeeper(k, s.id, auth.actor.accountId))) return s;
		throw new AppError('not_found');
	}

	async function copyFor(auth: AuthContext, typed: string, need: 'circulate' | 'manage') {
		requireActor(auth);
		const code = readCopyCode(typed);
		if (!code) throw invalidField('code', 'errors.library.code_format');
		const copy = await repo.copyByCode(k, code);
		if (!copy) throw invalidField('code', 'errors.library.unknown_code', { code });
		const shelf = await shelfFor(auth, copy.shelf_id, need);
		return { copy, shelf };
	}

	/** Whether the actor may add titles: managing a shelf anywhere, or keeping one. */
	async function requireCataloguer(auth: AuthContext) {
		requireActor(auth);
		const s = scopesFor(auth, 'library.manage');
		if (s.all || s.unitIds.length || s.orgIds.length) return;
		if ((await repo.shelvesKeptBy(k, auth.actor.accountId, today())).length) return;
		throw new AppError('forbidden');
	}

	const ctx: LibraryContext = { db, clock, access, outbox, links, today, shelfFor, copyFor, readingChanged: (id) => challenges.readingChanged(id) };
	const challenges = challengesApi(ctx, { places, credentials, jobs });

	return {
		...challenges,
		...circulationApi(ctx),
		...noticesApi(ctx),
		...importsApi(ctx),
		...figuresApi(ctx),
		...donationsApi(ctx, funds),

		// shelves

		/** The shelves the actor manages in scope and those they keep, each with what they may do. */
		async myShelves(auth: AuthContext) {
			requireActor(auth);
			const scope = scopesFor(auth, 'library.manage');
			const [managed, kept] = await Promise.all([
				scope.all || scope.unitIds.length || scope.orgIds.length ? repo.shelvesInScope(k, scope, today()) : Promise.resolve([]),
				repo.shelvesKeptBy(k, auth.actor.accountId, today())
			]);
			const seen = new Set<string>();
			const items = [] as (ShelfOut & { can: { manage: boolean } })[];
			for (const [rows, manage] of [
				[managed, true],
				[kept, false]
			] as const)
				for (const s of rows) {
					if (seen.has(s.id)) continue;
					seen.add(s.id);
					items.push({ ...shelfOut(s), can: { manage } });
				}
			return { items, canCreate: scope.all || scope.unitIds.length > 0 || scope.orgIds.length > 0 };
		},

		async getShelf(auth: AuthContext, id: string) {
			const s = (await repo.findShelf(k, (await shelfFor(auth, id, 'circulate')).id, today()))!;
			const manage = await access.allows(auth, 'library.manage', shelfTarget(s));
			return { ...shelfOut(s), keepers: (await repo.keepersOf(k, s.id)).map((a) => ({ id: a.id, login: a.login, name: a.display_name })), can: { manage, circulate: true } };
		},

		/** Opens a shelf in a commune or village (a school's or centre's names it). */
		async createShelf(auth: AuthContext, input: unknown): Promise<ShelfOut> {
			requireActor(auth);
			const v = parseInput(shelfInput, input);
			const org = v.orgId ? await places.lookups.org(v.orgId) : undefined;
			if (v.orgId && !org) throw invalidField('orgId', 'errors.library.org');
			const unit = await places.lookups.unit(org?.unit_id ?? v.unitId);
			if (!unit || !['commune', 'village'].includes(unit.level)) throw invalidField('unitId', 'errors.library.unit');
			const target = { unitId: unit.id, orgId: org?.id ?? null };
			if (!(await access.allows(auth, 'library.manage', target))) throw invalidField('unitId', 'errors.library.unit');
			const at = nowIso();
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertShelf(trx, { id, name: v.name, unit_id: unit.id, org_id: org?.id ?? null, address: v.address ?? '', hours: v.hours ?? '', loan_days: v.loanDays, max_renewals: v.maxRenewals, hold_days: v.holdDays, status: 'open', created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'library.shelf.create', entityType: 'library_shelf', entityId: id, scopeUnitId: unit.id, after: { name: v.name } });
			});
			return shelfOut((await repo.findShelf(k, id, today()))!);
		},

		/** Changes a shelf's name, address, hours, loan days, renewals or hold days (only those sent). */
		async updateShelf(auth: AuthContext, id: string, input: unknown): Promise<ShelfOut> {
			const s = await shelfFor(auth, id, 'manage');
			const v = parseInput(shelfUpdateInput, input ?? {});
			const patch: Partial<repo.NewShelf> = {};
			if (v.name !== undefined) patch.name = v.name;
			if (v.address !== undefined) patch.address = v.address ?? '';
			if (v.hours !== undefined) patch.hours = v.hours ?? '';
			if (v.loanDays !== undefined) patch.loan_days = v.loanDays;
			if (v.maxRenewals !== undefined) patch.max_renewals = v.maxRenewals;
			if (v.holdDays !== undefined) patch.hold_days = v.holdDays;
			const before = { name: s.name, address: s.address, hours: s.hours, loanDays: Number(s.loan_days), maxRenewals: Number(s.max_renewals), holdDays: Number(s.hold_days) };
			await transaction(db, async (trx) => {
				await repo.updateShelf(trx, s.id, { ...patch, updated_at: nowIso() });
				await recordAudit(trx, clock, auth, { action: 'library.shelf.update', entityType: 'library_shelf', entityId: s.id, scopeUnitId: s.unit_id, before, after: v });
			});
			return shelfOut((await repo.findShelf(k, s.id, today()))!);
		},

		/** Names a keeper of the shelf by their login. */
		async addKeeper(auth: AuthContext, shelfId: string, input: unknown) {
			const s = await shelfFor(auth, shelfId, 'manage');
			const v = parseInput(keeperInput, input);
			const a = await repo.accountByLogin(k, v.login);
			if (!a) throw invalidField('login', 'errors.library.unknown_account');
			await transaction(db, async (trx) => {
				await repo.addKeeper(trx, { shelf_id: s.id, account_id: a.id, created_at: nowIso() });
				await recordAudit(trx, clock, auth, { action: 'library.keeper.add', entityType: 'library_shelf', entityId: s.id, scopeUnitId: s.unit_id, after: { accountId: a.id } });
			});
			return { id: a.id, login: a.login, name: a.display_name };
		},

		/**
		 * Takes a keeper off the shelf: they can no longer lend or take back there. Only those who
		 * manage the shelf may (a keeper cannot remove keepers, themselves included). The last keeper
		 * may go too — a volunteer who leaves must lose the access at once, and the officers who
		 * manage the shelf can still lend there — and the shelf's settings then say it has none.
		 * Someone who is not a keeper of this shelf reads as not found.
		 */
		async removeKeeper(auth: AuthContext, shelfId: string, accountId: string) {
			const s = await shelfFor(auth, shelfId, 'manage');
			if (typeof accountId !== 'string' || !UUID_RE.test(accountId)) throw new AppError('not_found');
			await transaction(db, async (trx) => {
				if (!(await repo.removeKeeper(trx, s.id, accountId))) throw new AppError('not_found');
				await recordAudit(trx, clock, auth, { action: 'library.keeper.remove', entityType: 'library_shelf', entityId: s.id, scopeUnitId: s.unit_id, before: { accountId } });
			});
			return { keepers: (await repo.keepersOf(k, s.id)).length };
		},

		/** A shelf's settings and keepers, for those who manage it (a keeper alone: not found). */
		async shelfSettings(auth: AuthContext, id: string) {
			const s = (await repo.findShelf(k, (await shelfFor(auth, id, 'manage')).id, today()))!;
			return { ...shelfOut(s), keepers: (await repo.keepersOf(k, s.id)).map((a) => ({ id: a.id, login: a.login, name: a.display_name })) };
		},

		// titles

		/**
		 * Adds a title to the catalog, or answers the one it duplicates (the same ISBN; or, when
		 * neither has an ISBN to tell them apart, the same title and first author) with `merged`.
		 */
		async createTitle(auth: AuthContext, input: unknown): Promise<TitleOut & { merged: boolean }> {
			await requireCataloguer(auth);
			const v = parseInput(titleInput, input);
			const key = titleKey(v.title, v.authors ?? '');
			const same = v.isbn ? await repo.titleByIsbn(k, v.isbn) : undefined;
			const byKey = same ?? (await repo.titleByKey(k, key));
			if (byKey && (byKey.isbn === v.isbn || !byKey.isbn || !v.isbn)) {
				// the same book: an ISBN learnt now is kept
				if (v.isbn && !byKey.isbn) await repo.updateTitle(k, byKey.id, { isbn: v.isbn, updated_at: nowIso() });
				return { ...titleOut({ ...byKey, isbn: byKey.isbn ?? v.isbn ?? null }), merged: true };
			}
			const at = nowIso();
			const row = {
				id: newId(),
				isbn: v.isbn ?? null,
				title: v.title,
				authors: v.authors ?? '',
				publisher: v.publisher ?? '',
				year: v.year ?? null,
				subject: v.subject,
				age_group: v.ageGroup,
				language: v.language,
				search_text: '',
				title_key: key,
				status: 'active',
				merged_into_id: null,
				created_at: at,
				updated_at: at
			};
			row.search_text = titleSearchText({ title: row.title, authors: row.authors, publisher: row.publisher, subjectLabel: SUBJECTS[v.subject], isbn: row.isbn });
			try {
				await transaction(db, async (trx) => {
					await repo.insertTitle(trx, row);
					await recordAudit(trx, clock, auth, { action: 'library.title.create', entityType: 'library_title', entityId: row.id, scopeUnitId: null, after: { title: row.title, isbn: row.isbn } });
				});
			} catch (e) {
				// the same ISBN added at the same moment: the other one stands
				const other = row.isbn ? await repo.titleByIsbn(k, row.isbn) : undefined;
				if (other) return { ...titleOut(other), merged: true };
				throw e;
			}
			return { ...titleOut(row), merged: false };
		},

		/** Merges a duplicate title into the one kept: its copies, loans and holds move over. */
		async mergeTitles(auth: AuthContext, input: unknown) {
			await requireCataloguer(auth);
			const v = parseInput(mergeInput, input);
			if (v.keepId === v.duplicateId) throw invalidField('duplicateId', 'errors.library.merge_same');
			const [keep, dup] = await Promise.all([repo.findTitle(k, v.keepId), repo.findTitle(k, v.duplicateId)]);
			if (!keep || keep.status !== 'active') throw invalidField('keepId', 'errors.library.unknown_title');
			if (!dup || dup.status !== 'active') throw invalidField('duplicateId', 'errors.library.unknown_title');
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.mergeTitle(trx, keep.id, dup.id, at);
				if (!keep.isbn && dup.isbn) await repo.updateTitle(trx, keep.id, { isbn: dup.isbn, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'library.title.merge', entityType: 'library_title', entityId: keep.id, scopeUnitId: null, after: { merged: dup.id } });
			});
			return titleOut((await repo.findTitle(k, keep.id))!);
		},

		/** The public catalog: search without accents, by commune, shelf, age group, subject, available now. */
		async catalog(input: unknown) {
			const v = parseInput(catalogQuery, input ?? {});
			const { rows, total } = await repo.catalog(k, { dialect: db.dialect, terms: searchTerms(v.q), unit: v.unit, shelf: v.shelf, age: v.age, subject: v.subject, available: v.available, today: today(), limit: CATALOG_PAGE_SIZE, offset: (v.page - 1) * CATALOG_PAGE_SIZE });
			return { items: rows.map(titleOut), total, page: v.page, pageSize: CATALOG_PAGE_SIZE };
		},

		/** A title's public page: the book, and on which shelves its copies are and whether they are in. */
		async publicTitle(id: string) {
			let t = typeof id === 'string' && UUID_RE.test(id) ? await repo.findTitle(k, id) : undefined;
			if (t?.merged_into_id) t = await repo.findTitle(k, t.merged_into_id);
			if (!t || t.status !== 'active') throw new AppError('not_found');
			const shelves = (await repo.titleShelves(k, t.id, today())).map((s) => ({ id: s.id, name: s.name, unitName: s.unit_name, communeName: s.commune_name, hours: s.hours, address: s.address, copies: Number(s.copies), available: Number(s.available) }));
			return { ...titleOut({ ...t, copies: shelves.reduce((a, s) => a + s.copies, 0), available: shelves.reduce((a, s) => a + s.available, 0) }), shelves };
		},

		/** Open shelves for the public, under a commune when asked. */
		async publicShelves(input: { unit?: string | null } = {}) {
			const unit = input.unit && UUID_RE.test(input.unit) ? input.unit : null;
			return { items: (await repo.publicShelves(k, today(), unit)).map(shelfOut) };
		},

		/** A shelf's public page: its address and hours, and what is on it. */
		async publicShelf(id: string, input: unknown = {}) {
			const s = typeof id === 'string' && UUID_RE.test(id) ? await repo.findShelf(k, id, today()) : undefined;
			if (!s || s.status !== 'open') throw new AppError('not_found');
			const q = (input ?? {}) as Record<string, unknown>;
			return { shelf: shelfOut(s), titles: await this.catalog({ ...q, shelf: s.id, unit: undefined }), thanks: await this.shelfThanks(s.id) };
		},

		/** A copy's public page (what its QR label opens): the book and the shelf it belongs to. */
		async publicCopy(typed: string) {
			const code = readCopyCode(typed);
			const c = code ? await repo.copyByCode(k, code) : undefined;
			if (!c || c.status === 'withdrawn') throw new AppError('not_found');
			const [t, s] = await Promise.all([repo.findTitle(k, c.title_id), repo.findShelf(k, c.shelf_id, today())]);
			return { code: c.code, status: c.status, title: titleOut(t!), shelf: shelfOut(s!) };
		},

		// copies

		/** Puts copies of a title on a shelf, each with a new short code. */
		async addCopies(auth: AuthContext, shelfId: string, input: unknown) {
			const s = await shelfFor(auth, shelfId, 'circulate');
			const v = parseInput(copiesInput, input);
			const t = await repo.findTitle(k, v.titleId);
			if (!t || t.status !== 'active') throw invalidField('titleId', 'errors.library.unknown_title');
			const donation = v.donationId ? await k.selectFrom('library_donations').select(['id', 'shelf_id']).where('id', '=', v.donationId).executeTakeFirst() : undefined;
			if (v.donationId && donation?.shelf_id !== s.id) throw invalidField('donationId', 'errors.library.donation');
			const at = nowIso();
			for (let attempt = 0; ; attempt++) {
				const rows = Array.from({ length: v.count }, () => ({ id: newId(), title_id: t.id, shelf_id: s.id, code: newCopyCode(), status: 'available', held_for_hold_id: null, donation_id: donation?.id ?? null, note: null, created_at: at, updated_at: at }));
				try {
					await transaction(db, async (trx) => {
						await repo.insertCopies(trx, rows);
						await recordAudit(trx, clock, auth, { action: 'library.copies.add', entityType: 'library_shelf', entityId: s.id, scopeUnitId: s.unit_id, after: { titleId: t.id, count: v.count } });
					});
					return { items: rows.map((r) => ({ id: r.id, code: r.code })) };
				} catch (e) {
					// a code drawn twice (one in a billion): draw again
					if (attempt < 3 && /unique|23505/i.test(String((e as Error).message) + String((e as { code?: string }).code))) continue;
					throw e;
				}
			}
		},

		/** The copies on a shelf, newest first (for labels and the keeper's list). */
		async shelfCopies(auth: AuthContext, shelfId: string) {
			const s = await shelfFor(auth, shelfId, 'circulate');
			return { items: (await repo.copiesOn(k, s.id, null, 500)).map((c) => ({ id: c.id, code: c.code, status: c.status, title: c.title, authors: c.authors })) };
		},

		/** A sheet of QR labels for a shelf's copies (those named, or the newest), to print and stick. */
		async labelsPdf(auth: AuthContext, shelfId: string, copyIds: string[] | null) {
			const s = await shelfFor(auth, shelfId, 'circulate');
			const ids = copyIds ? copyIds.filter((i) => UUID_RE.test(i)).slice(0, MAX_LABELS) : null;
			const copies = await repo.copiesOn(k, s.id, ids, MAX_LABELS);
			return renderLabelsPdf({ shelfName: s.name, labels: copies.map((c) => ({ code: c.code, title: c.title, url: links.libraryCopy(c.code) })) });
		}
	};
}

export type LibraryService = ReturnType<typeof createLibraryService>;
