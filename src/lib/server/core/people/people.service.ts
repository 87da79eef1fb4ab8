import { type AccessGateway, type AuthContext, can, requireActor } from '../../platform/access';
import { recordAudit, redactAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { normalizeVi, searchTerms } from '../../platform/text';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './people.repository';
import { villageTarget } from './people.policy';
import * as signupsRepo from './signups.repository';
import * as consentsRepo from './consents.repository';
import type { AccountsService } from '../accounts/accounts.service';
import { householdMove, ownRecordCorrection, PEOPLE_PAGE_SIZE, peopleListQuery, residentCreate, residentMerge, residentUpdate, type ResidentOut } from './people.schemas';

export interface PeopleDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	accounts: Pick<AccountsService, 'eraseResidentAccount'>;
	places: { lookups: PlaceLookups };
}

function residentOut(r: repo.ResidentRow): ResidentOut {
	return {
		id: r.id,
		fullName: r.full_name,
		birthDate: r.birth_date,
		birthPrecision: r.birth_precision === 'year' ? 'year' : 'day',
		gender: r.gender as ResidentOut['gender'],
		villageId: r.village_id,
		villageName: r.village_name,
		householdId: r.household_id,
		relationToHead: r.relation_to_head,
		phone: r.phone,
		email: r.email,
		linkedAccount: r.account_id !== null
	};
}

/** What the audit log keeps of a resident's personal data (a birth known by its year alone says so). */
const auditView = (r: { full_name: string; birth_date: string; birth_precision?: string | undefined; gender: string; village_id: string; phone: string | null; email: string | null }) => ({
	fullName: r.full_name,
	birthDate: r.birth_date,
	...(r.birth_precision === 'year' && { birthPrecision: 'year' }),
	gender: r.gender,
	villageId: r.village_id,
	phone: r.phone,
	email: r.email
});

/** The name an erased record carries. */
export const ERASED_NAME = 'Đã xóa theo yêu cầu';

/** What other modules may read of people without going through a use case. */
export interface PeopleLookups {
	resident(id: string): ReturnType<typeof repo.findResident>;
	residentOfAccount(accountId: string): ReturnType<typeof repo.residentOfAccount>;
	/** Residents of a unit's subtree whose name matches (for a module that has checked its own reason to look). */
	findInUnit(unitId: string, q: string, limit: number): Promise<repo.ResidentRow[]>;
}

export function createPeopleService({ db, clock, access, accounts, places }: PeopleDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);

	async function requireResident(auth: AuthContext, id: string, permission: 'people.view' | 'people.manage'): Promise<repo.ResidentRow> {
		requireActor(auth);
		const r = UUID_RE.test(id) ? await repo.findResident(k, id) : undefined;
		if (!r) throw new AppError('not_found');
		await access.requireAccess(auth, permission, { unitId: r.village_id });
		return r;
	}

	/** A village in force today within the actor's reach; otherwise an unknown village. */
	async function villageInReach(auth: AuthContext, villageId: string, field: string): Promise<void> {
		const v = await places.lookups.unit(villageId);
		const t = today();
		if (!v || v.level !== 'village' || v.valid_from > t || (v.valid_until !== null && v.valid_until <= t)) throw invalidField(field, 'errors.people.unknown_village');
		if (!(await access.allows(auth, 'people.manage', { unitId: villageId }))) throw invalidField(field, 'errors.people.unknown_village');
	}

	/** Everything held about one resident (see exportData), audited as an export. */
	async function exportOf(auth: AuthContext, r: repo.ResidentRow) {
		const id = r.id;
		const [household, clans, consents, audit] = await Promise.all([
			r.household_id ? repo.findHousehold(k, r.household_id) : Promise.resolve(undefined),
			repo.clansOf(k, id),
			consentsRepo.consentsOf(k, id).then((rows) => rows.reverse()),
			repo.auditAbout(k, id)
		]);
		await recordAudit(k, clock, auth, { action: 'resident.export', entityType: 'resident', entityId: id, scopeUnitId: r.village_id });
		return {
			exportedAt: clock.now().toISOString(),
			resident: residentOut(r),
			household: household ? { id: household.id, villageName: household.village_name, address: household.address, relationToHead: r.relation_to_head } : null,
			clans: clans.map((c) => ({ id: c.id, name: c.name, role: c.role })),
			consents: consents.map((c) => ({ purpose: c.purpose, givenBy: c.given_by, guardianName: c.guardian_name, method: c.method, givenAt: c.given_at, withdrawnAt: c.withdrawn_at })),
			history: audit.map((a) => ({ at: a.at, action: a.action, by: a.actor_label, before: a.before_json ? JSON.parse(a.before_json) : null, after: a.after_json ? JSON.parse(a.after_json) : null }))
		};
	}

	/** The signed-in resident's own record (linked to their account), or not found. */
	async function requireOwn(auth: AuthContext): Promise<repo.ResidentRow> {
		requireActor(auth);
		const r = await repo.residentOfAccount(k, auth.actor.accountId);
		if (!r) throw new AppError('not_found', 'errors.people.not_linked');
		return r;
	}

	return {
		/** Plain reads for other modules' services, which check access themselves. */
		lookups: {
			resident: (id: string) => repo.findResident(k, id),
			residentOfAccount: (accountId: string) => repo.residentOfAccount(k, accountId),
			findInUnit: async (unitId: string, q: string, limit: number) => {
				const terms = searchTerms(q);
				if (!terms) return [];
				return (await repo.listResidents(k, { scope: { all: false, unitIds: [unitId], orgIds: [] }, terms, today: today(), limit, offset: 0, count: false })).rows;
			}
		} satisfies PeopleLookups,

		async list(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'people.view');
			const v = parseInput(peopleListQuery, input);
			const { rows, total } = await repo.listResidents(k, { scope, terms: searchTerms(v.q), underUnit: v.unit, today: today(), limit: PEOPLE_PAGE_SIZE, offset: (v.page - 1) * PEOPLE_PAGE_SIZE });
			return { items: rows.map(residentOut), total, page: v.page, pageSize: PEOPLE_PAGE_SIZE, can: { create: can(auth, 'people.manage') } };
		},

		async get(auth: AuthContext, id: string) {
			const r = await requireResident(auth, id, 'people.view');
			return { ...residentOut(r), can: { update: await access.allows(auth, 'people.manage', villageTarget(r)) } };
		},

		async create(auth: AuthContext, input: unknown): Promise<ResidentOut> {
			access.requireAny(auth, 'people.manage');
			const v = parseInput(residentCreate, input);
			if (v.birthDate.date > today()) throw invalidField('birthDate', 'errors.people.birth_date');
			await villageInReach(auth, v.villageId, 'villageId');
			const now = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				let householdId = v.householdId ?? null;
				if (householdId) {
					const h = await repo.findHousehold(trx, householdId);
					if (!h || h.village_id !== v.villageId) throw invalidField('householdId', 'errors.people.household_elsewhere');
				} else {
					householdId = newId();
					await repo.insertHousehold(trx, { id: householdId, village_id: v.villageId, address: null, head_resident_id: null, created_at: now, updated_at: now });
				}
				const relation = v.householdId ? (v.relationToHead ?? 'other') : 'head';
				await repo.insertResident(trx, {
					id,
					full_name: v.fullName,
					birth_date: v.birthDate.date,
					birth_precision: v.birthDate.precision,
					gender: v.gender,
					village_id: v.villageId,
					household_id: householdId,
					relation_to_head: relation,
					phone: v.phone ?? null,
					email: v.email ?? null,
					account_id: null,
					status: 'active',
					merged_into_id: null,
					search_text: normalizeVi(v.fullName),
					created_at: now,
					updated_at: now,
					erased_at: null
				});
				if (relation === 'head') await repo.setHouseholdHead(trx, householdId, id, now);
				await recordAudit(trx, clock, auth, { action: 'resident.create', entityType: 'resident', entityId: id, scopeUnitId: v.villageId, after: { ...auditView({ full_name: v.fullName, birth_date: v.birthDate.date, birth_precision: v.birthDate.precision, gender: v.gender, village_id: v.villageId, phone: v.phone ?? null, email: v.email ?? null }), householdId } });
			});
			return residentOut((await repo.findResident(k, id))!);
		},

		async update(auth: AuthContext, id: string, input: unknown): Promise<ResidentOut> {
			const r = await requireResident(auth, id, 'people.manage');
			const v = parseInput(residentUpdate, input);
			if (v.birthDate && v.birthDate.date > today()) throw invalidField('birthDate', 'errors.people.birth_date');
			if (v.villageId && v.villageId !== r.village_id) await villageInReach(auth, v.villageId, 'villageId');
			const now = clock.now().toISOString();
			const patch = {
				...(v.fullName !== undefined && { full_name: v.fullName, search_text: normalizeVi(v.fullName) }),
				...(v.birthDate !== undefined && { birth_date: v.birthDate.date, birth_precision: v.birthDate.precision }),
				...(v.gender !== undefined && { gender: v.gender }),
				...(v.villageId !== undefined && { village_id: v.villageId }),
				...(v.phone !== undefined && { phone: v.phone }),
				...(v.email !== undefined && { email: v.email }),
				updated_at: now
			};
			await transaction(db, async (trx) => {
				await repo.updateResident(trx, id, patch);
				const after = { ...r, ...patch };
				await recordAudit(trx, clock, auth, { action: 'resident.update', entityType: 'resident', entityId: id, scopeUnitId: after.village_id, before: auditView(r), after: auditView(after) });
			});
			return residentOut((await repo.findResident(k, id))!);
		},

		async household(auth: AuthContext, id: string) {
			requireActor(auth);
			const h = UUID_RE.test(id) ? await repo.findHousehold(k, id) : undefined;
			if (!h) throw new AppError('not_found');
			await access.requireAccess(auth, 'people.view', villageTarget(h));
			const members = await repo.householdMembers(k, id);
			return {
				id: h.id,
				villageId: h.village_id,
				villageName: h.village_name,
				address: h.address,
				headResidentId: h.head_resident_id,
				members: members.map(residentOut),
				can: { move: await access.allows(auth, 'people.manage', villageTarget(h)) }
			};
		},

		/** Moves a household, with every member, to another village in reach. */
		async moveHousehold(auth: AuthContext, id: string, input: unknown) {
			requireActor(auth);
			const h = UUID_RE.test(id) ? await repo.findHousehold(k, id) : undefined;
			if (!h) throw new AppError('not_found');
			await access.requireAccess(auth, 'people.manage', villageTarget(h));
			const v = parseInput(householdMove, input);
			await villageInReach(auth, v.villageId, 'villageId');
			await transaction(db, async (trx) => {
				await repo.moveHousehold(trx, id, v.villageId, clock.now().toISOString());
				await recordAudit(trx, clock, auth, { action: 'household.move', entityType: 'household', entityId: id, scopeUnitId: v.villageId, before: { villageId: h.village_id }, after: { villageId: v.villageId } });
			});
			return this.household(auth, id);
		},

		/**
		 * Everything held about a resident, as JSON (the right of access and portability): the
		 * record, the household, clans, consents and the audit entries about them. Audited.
		 */
		async exportData(auth: AuthContext, id: string) {
			return exportOf(auth, await requireResident(auth, id, 'people.manage'));
		},

		/**
		 * Erasure on request: the record is anonymised, not deleted, so that counts stay true.
		 * Kept: village, household, gender, year of birth (as 1 July), clan memberships. Gone:
		 * name, exact date, phone, email, account link; consents are withdrawn; the audit log's
		 * values about the record are redacted; the resident's own account is anonymised. Audited.
		 */
		async erase(auth: AuthContext, id: string): Promise<void> {
			const r = await requireResident(auth, id, 'people.manage');
			const now = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.updateResident(trx, id, {
					full_name: ERASED_NAME,
					birth_date: `${r.birth_date.slice(0, 4)}-07-01`,
					birth_precision: 'year',
					phone: null,
					email: null,
					account_id: null,
					status: 'erased',
					search_text: '',
					erased_at: now,
					updated_at: now
				});
				await consentsRepo.withdrawConsents(trx, { residentId: id }, now, auth.actor!.accountId);
				// the log keeps who did what and when about this record, but no longer its values
				await redactAudit(trx, 'resident', id, now);
				for (const sId of await signupsRepo.anonymiseSignupsOf(trx, id, r.account_id, now)) await redactAudit(trx, 'signup', sId, now);
				await recordAudit(trx, clock, auth, { action: 'resident.erase', entityType: 'resident', entityId: id, scopeUnitId: r.village_id, note: 'anonymised on request' });
			});
			// a resident's own account goes too (a staff account is left to an administrator)
			if (r.account_id) await accounts.eraseResidentAccount(auth, r.account_id);
		},

		/** Counts in scope by gender and age group; erased records still count. */
		async statistics(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'people.view');
			const v = parseInput(peopleListQuery, input);
			const rows = await repo.countsByGenderAndBirthYear(k, scope, v.unit, today());
			const year = Number(today().slice(0, 4));
			const groups = { '0-6': 0, '7-15': 0, '16-59': 0, '60+': 0 } as Record<string, number>;
			const genders: Record<string, number> = {};
			let total = 0;
			for (const row of rows) {
				const n = Number(row.n);
				total += n;
				genders[row.gender] = (genders[row.gender] ?? 0) + n;
				// by year of birth: the age reached this year, the only one that survives erasure
				const age = year - Number(row.birth_year);
				groups[age <= 6 ? '0-6' : age <= 15 ? '7-15' : age <= 59 ? '16-59' : '60+']! += n;
			}
			return { total, byGender: genders, byAgeGroup: groups };
		},

		/** The signed-in resident's own record, or null when the account is not linked yet. */
		async mine(auth: AuthContext): Promise<ResidentOut | null> {
			requireActor(auth);
			const r = await repo.residentOfAccount(k, auth.actor.accountId);
			return r ? residentOut(r) : null;
		},

		/** A resident corrects their own name, birth date, gender, phone or email; audited. */
		async correctMine(auth: AuthContext, input: unknown): Promise<ResidentOut> {
			const r = await requireOwn(auth);
			const v = parseInput(ownRecordCorrection, input);
			if (v.birthDate && v.birthDate.date > today()) throw invalidField('birthDate', 'errors.people.birth_date');
			const now = clock.now().toISOString();
			const patch = {
				...(v.fullName !== undefined && { full_name: v.fullName, search_text: normalizeVi(v.fullName) }),
				...(v.birthDate !== undefined && { birth_date: v.birthDate.date, birth_precision: v.birthDate.precision }),
				...(v.gender !== undefined && { gender: v.gender }),
				...(v.phone !== undefined && { phone: v.phone }),
				...(v.email !== undefined && { email: v.email }),
				updated_at: now
			};
			await transaction(db, async (trx) => {
				await repo.updateResident(trx, r.id, patch);
				await recordAudit(trx, clock, auth, { action: 'resident.self_correct', entityType: 'resident', entityId: r.id, scopeUnitId: r.village_id, before: auditView(r), after: auditView({ ...r, ...patch }) });
			});
			return residentOut((await repo.findResident(k, r.id))!);
		},

		/** A resident downloads everything held about them. */
		async exportMine(auth: AuthContext) {
			return exportOf(auth, await requireOwn(auth));
		},

		/**
		 * Merges a duplicate into the record kept: the duplicate's missing contact details,
		 * consents, clan memberships and account link pass to the kept record; the duplicate is
		 * marked merged (kept for history, seen by nobody) and counts once. Both must be in
		 * scope. A duplicate heading a household with other members passes the headship only to
		 * a kept record of the same household; otherwise the officer changes the head first.
		 */
		async merge(auth: AuthContext, input: unknown) {
			access.requireAny(auth, 'people.manage');
			const v = parseInput(residentMerge, input);
			const keep = await requireResident(auth, v.keepId, 'people.manage');
			const drop = await requireResident(auth, v.dropId, 'people.manage');
			if (keep.account_id && drop.account_id) throw invalidField('dropId', 'errors.people.merge_two_accounts');
			const dropMembers = drop.household_id ? await repo.householdMembers(k, drop.household_id) : [];
			const dropHeads = drop.relation_to_head === 'head' && dropMembers.some((m) => m.id !== drop.id);
			if (dropHeads && keep.household_id !== drop.household_id) throw invalidField('dropId', 'errors.people.merge_head');
			const now = clock.now().toISOString();
			await transaction(db, async (trx) => {
				const ok = await repo.markMerged(trx, drop.id, keep.id, now);
				if (!ok) throw new AppError('conflict', 'errors.people.merge_changed');
				await repo.updateResident(trx, keep.id, {
					...(!keep.phone && drop.phone && { phone: drop.phone }),
					...(!keep.email && drop.email && { email: drop.email }),
					...(!keep.account_id && drop.account_id && { account_id: drop.account_id }),
					// a birth known by its year alone takes the whole date the duplicate knows for that year
					...(keep.birth_precision === 'year' && drop.birth_precision !== 'year' && drop.birth_date.slice(0, 4) === keep.birth_date.slice(0, 4) && { birth_date: drop.birth_date, birth_precision: 'day' }),
					...(dropHeads && { relation_to_head: 'head' }),
					updated_at: now
				});
				if (dropHeads) await repo.setHouseholdHead(trx, drop.household_id!, keep.id, now);
				await repo.moveResidentLinks(trx, drop.id, keep.id);
				await recordAudit(trx, clock, auth, { action: 'resident.merge', entityType: 'resident', entityId: keep.id, scopeUnitId: keep.village_id, before: { kept: auditView(keep), merged: { id: drop.id, ...auditView(drop) } }, after: { mergedInto: keep.id } });
			});
			return residentOut((await repo.findResident(k, keep.id))!);
		},

		/**
		 * Possible duplicates in scope: the same folded name and birth date, twice or more; and a
		 * birth known by its year alone beside the same name born on a day of that year.
		 */
		async duplicates(auth: AuthContext) {
			const scope = access.requireAny(auth, 'people.manage');
			const groups = await repo.duplicateGroups(k, db.dialect, scope, today(), 50);
			return groups.map((g) => ({ fullName: g.full_name, birthDate: g.birth_date, birthPrecision: g.birth_precision === 'year' ? ('year' as const) : ('day' as const), count: Number(g.n), ids: String(g.ids).split(',') }));
		},

		async clan(auth: AuthContext, id: string) {
			const scope = access.requireAny(auth, 'people.view');
			const c = UUID_RE.test(id) ? await repo.findClan(k, id) : undefined;
			if (!c) throw new AppError('not_found');
			await access.requireAccess(auth, 'people.view', { unitId: c.home_village_id });
			const [members, total] = await Promise.all([repo.clanMembersInScope(k, id, scope, today()), repo.clanMemberCount(k, id)]);
			return {
				id: c.id,
				name: c.name,
				homeVillageId: c.home_village_id,
				homeVillageName: c.village_name,
				memberCount: total,
				// members living outside the reader's scope are counted, not named
				membersInScope: members.map((m) => ({ id: m.id, fullName: m.full_name, role: m.role, villageName: m.village_name }))
			};
		}
	};
}

export type PeopleService = ReturnType<typeof createPeopleService>;
