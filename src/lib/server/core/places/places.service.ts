import { type AccessGateway, type AuthContext, can, requireActor, type ScopeResolver } from '../../platform/access';
import type { Permission } from '../../platform/permissions';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import type { Row } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import * as repo from './places.repository';
import { orgTarget } from './places.policy';
import {
	orgCreate,
	orgListQuery,
	orgUpdate,
	treeQuery,
	unitCreate,
	unitUpdate,
	type LineageOut,
	type OrgKind,
	type OrgOut,
	type UnitDetailOut,
	type UnitLevel,
	type UnitOut
} from './places.schemas';

export const PAGE_SIZE = 50;

const LEVEL_ORDER: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2, village: 3 };
const collator = new Intl.Collator('vi');
const byLevelThenName = (a: { level: string; name: string }, b: { level: string; name: string }) =>
	LEVEL_ORDER[a.level as UnitLevel] - LEVEL_ORDER[b.level as UnitLevel] || collator.compare(a.name, b.name);

function unitOut(r: repo.UnitRow, parentId: string | null): UnitOut {
	return {
		id: r.id,
		code: r.code,
		name: r.name,
		level: r.level as UnitLevel,
		kind: r.kind,
		parentId,
		validFrom: r.valid_from,
		validUntil: r.valid_until,
		population: r.population === null ? null : Number(r.population)
	};
}

function orgOut(r: repo.OrgRow): OrgOut {
	return {
		id: r.id,
		name: r.name,
		kind: r.kind as OrgKind,
		unitId: r.unit_id,
		unitName: r.unit_name,
		address: r.address,
		phone: r.phone,
		email: r.email,
		validFrom: r.valid_from,
		validUntil: r.valid_until
	};
}

/** The day before an exclusive end date. */
function dayBefore(d: string): string {
	return new Date(new Date(`${d}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
}

export interface PlacesDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
}

/** What other modules may read of places without going through a use case. */
export interface PlaceLookups {
	unit(id: string): ReturnType<typeof repo.findUnit>;
	org(id: string): ReturnType<typeof repo.findOrg>;
	/** the unit and all its ancestors (as the access gateway reads them); none for an unknown id */
	ancestors(id: string): Promise<string[]>;
}

export function createPlacesService({ db, clock, access }: PlacesDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);

	/** The date on which to read a unit's position: today, or its last day if it has ended. */
	const readingDate = (u: Row<'admin_units'>): string => {
		const t = today();
		if (u.valid_until && u.valid_until <= t) return dayBefore(u.valid_until);
		if (u.valid_from > t) return u.valid_from;
		return t;
	};

	const scopeResolver: ScopeResolver = {
		async unitAncestors(unitId) {
			const u = await repo.findUnit(k, unitId);
			if (!u) return [];
			return (await repo.ancestorsOn(k, unitId, readingDate(u))).map((a) => a.id);
		}
	};

	async function requireUnit(id: string): Promise<Row<'admin_units'>> {
		const u = UUID_RE.test(id) ? await repo.findUnit(k, id) : undefined;
		if (!u) throw new AppError('not_found');
		return u;
	}

	async function requireOrg(id: string): Promise<repo.OrgRow> {
		const o = UUID_RE.test(id) ? await repo.findOrg(k, id) : undefined;
		if (!o) throw new AppError('not_found');
		return o;
	}

	/** A unit to attach something to: it must exist and be in force on the date. */
	async function unitInForce(id: string, field: string, on: string): Promise<Row<'admin_units'>> {
		const unit = await repo.findUnit(k, id);
		if (!unit) throw invalidField(field, 'errors.places.unknown_unit');
		if (unit.valid_from > on || (unit.valid_until !== null && unit.valid_until <= on)) throw invalidField(field, 'errors.places.unit_ended');
		return unit;
	}

	return {
		scopeResolver,
		today,
		/** Plain reads for other modules' services, which check access themselves. */
		lookups: {
			unit: (id: string) => repo.findUnit(k, id),
			org: (id: string) => repo.findOrg(k, id),
			ancestors: (id: string) => (UUID_RE.test(id) ? scopeResolver.unitAncestors(id) : Promise.resolve([]))
		} satisfies PlaceLookups,

		/** The tree as of a date (default today), sorted by level then name. */
		async tree(input: unknown): Promise<{ asOf: string; units: UnitOut[] }> {
			const { at } = parseInput(treeQuery, input);
			const d = at ?? today();
			const rows = await repo.treeAsOf(k, d);
			rows.sort(byLevelThenName);
			return { asOf: d, units: rows.map((r) => unitOut(r, r.parent_id)) };
		},

		/** A unit with its ancestors and children as of ?at (default: today, or its last day). */
		async getUnit(id: string, query: unknown = {}): Promise<UnitDetailOut> {
			const { at } = parseInput(treeQuery, query);
			const u = await requireUnit(id);
			const d = at ?? readingDate(u);
			const [ancestors, children, parents, lineage, parent] = await Promise.all([
				repo.ancestorsOn(k, id, d),
				repo.childrenOn(k, id, d),
				repo.parentHistory(k, id),
				repo.lineageOf(k, id),
				repo.parentOn(k, id, d)
			]);
			return {
				...unitOut(u, parent?.parent_id ?? null),
				asOf: d,
				ancestors: ancestors.filter((a) => a.id !== id).map((a) => ({ id: a.id, name: a.name, level: a.level })),
				children: children.map((c) => unitOut(c, c.parent_id)),
				parents: parents.map((p) => ({ parentId: p.parent_id, parentName: p.parent_name, validFrom: p.valid_from, validUntil: p.valid_until })),
				lineage: lineage.map(
					(x): LineageOut => ({
						event: x.event as LineageOut['event'],
						fromUnitId: x.from_unit_id,
						fromName: x.from_name,
						toUnitId: x.to_unit_id,
						toName: x.to_name,
						date: x.effective_date,
						note: x.note
					})
				)
			};
		},

		/** The communes in force today (for pickers and the portal). */
		async communesToday(): Promise<UnitOut[]> {
			const rows = await repo.treeAsOf(k, today(), 'commune');
			return rows.sort(byLevelThenName).map((r) => unitOut(r, r.parent_id));
		},

		async canManageUnit(auth: AuthContext, unitId: string): Promise<boolean> {
			return access.allows(auth, 'units.manage', { unitId });
		},

		async createUnit(auth: AuthContext, input: unknown): Promise<UnitOut> {
			requireActor(auth);
			const v = parseInput(unitCreate, input);
			const parent = await repo.findUnit(k, v.parentId);
			if (!parent) throw invalidField('parentId', 'errors.places.unknown_parent');
			await access.requireAccess(auth, 'units.manage', { unitId: parent.id });
			if (LEVEL_ORDER[v.level] <= LEVEL_ORDER[parent.level as UnitLevel])
				throw invalidField('level', 'errors.places.level_below_parent');
			if (v.validFrom < parent.valid_from || (parent.valid_until && v.validFrom >= parent.valid_until))
				throw invalidField('validFrom', 'errors.places.outside_parent');
			const now = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertUnit(trx, {
					id,
					code: v.code ?? null,
					name: v.name,
					level: v.level,
					kind: v.kind,
					valid_from: v.validFrom,
					valid_until: parent.valid_until,
					population: v.population ?? null,
					created_at: now,
					updated_at: now
				});
				await repo.insertLink(trx, { id: newId(), unit_id: id, parent_id: parent.id, valid_from: v.validFrom, valid_until: parent.valid_until });
				await recordAudit(trx, clock, auth, { action: 'unit.create', entityType: 'unit', entityId: id, scopeUnitId: id, after: v });
			});
			return unitOut((await repo.findUnit(k, id))!, parent.id);
		},

		async updateUnit(auth: AuthContext, id: string, input: unknown): Promise<UnitOut> {
			requireActor(auth);
			const u = await requireUnit(id);
			await access.requireAccess(auth, 'units.manage', { unitId: id });
			const v = parseInput(unitUpdate, input);
			if (v.validUntil && v.validUntil <= u.valid_from) throw invalidField('validUntil', 'errors.places.until_before_from');
			if (v.validUntil && (await repo.childLinksAfter(k, id, v.validUntil)) > 0) throw invalidField('validUntil', 'errors.places.has_children');
			const patch = {
				...(v.name !== undefined && { name: v.name }),
				...(v.kind !== undefined && { kind: v.kind }),
				...(v.code !== undefined && { code: v.code }),
				...(v.population !== undefined && { population: v.population }),
				...(v.validUntil !== undefined && { valid_until: v.validUntil }),
				updated_at: clock.now().toISOString()
			};
			await transaction(db, async (trx) => {
				await repo.updateUnit(trx, id, patch);
				// an ended unit leaves its parent on the same day
				if (v.validUntil) await repo.closeLinks(trx, id, v.validUntil);
				await recordAudit(trx, clock, auth, {
					action: 'unit.update',
					entityType: 'unit',
					entityId: id,
					scopeUnitId: id,
					before: { name: u.name, kind: u.kind, code: u.code, population: u.population, validUntil: u.valid_until },
					after: v
				});
			});
			const parent = await repo.parentOn(k, id, readingDate(u));
			return unitOut((await repo.findUnit(k, id))!, parent?.parent_id ?? null);
		},

		// Organisations

		async listOrganizations(input: unknown): Promise<{ items: OrgOut[]; total: number; page: number; pageSize: number }> {
			const v = parseInput(orgListQuery, input);
			const { rows, total } = await repo.listOrgs(k, {
				underUnit: v.unit,
				kind: v.kind,
				q: v.q,
				activeOn: today(),
				limit: PAGE_SIZE,
				offset: (v.page - 1) * PAGE_SIZE
			});
			return { items: rows.map(orgOut), total, page: v.page, pageSize: PAGE_SIZE };
		},

		/** The console's list: only what the actor's grants reach. */
		async listOrganizationsInScope(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'organizations.view');
			const v = parseInput(orgListQuery, input);
			const { rows, total } = await repo.listOrgs(k, {
				underUnit: v.unit,
				kind: v.kind,
				q: v.q,
				scope,
				activeOn: today(),
				limit: PAGE_SIZE,
				offset: (v.page - 1) * PAGE_SIZE
			});
			return { items: rows.map(orgOut), total, page: v.page, pageSize: PAGE_SIZE, can: { create: can(auth, 'organizations.manage') } };
		},

		async getOrganization(id: string): Promise<OrgOut> {
			return orgOut(await requireOrg(id));
		},

		/** For the console: 404 outside the actor's scope; abilities travel with the record. */
		async getOrganizationInScope(auth: AuthContext, id: string): Promise<OrgOut & { can: { update: boolean } }> {
			requireActor(auth);
			const o = await requireOrg(id);
			await access.requireAccess(auth, 'organizations.view', orgTarget(o));
			const update = await access.allows(auth, 'organizations.manage', orgTarget(o));
			return { ...orgOut(o), can: { update } };
		},

		async createOrganization(auth: AuthContext, input: unknown): Promise<OrgOut> {
			requireActor(auth);
			const v = parseInput(orgCreate, input);
			const unit = await repo.findUnit(k, v.unitId);
			if (!unit) throw invalidField('unitId', 'errors.places.unknown_unit');
			await access.requireAccess(auth, 'organizations.manage', { unitId: unit.id });
			await unitInForce(unit.id, 'unitId', v.validFrom ?? today());
			const now = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertOrg(trx, {
					id,
					name: v.name,
					kind: v.kind,
					unit_id: unit.id,
					address: v.address ?? null,
					phone: v.phone ?? null,
					email: v.email ?? null,
					valid_from: v.validFrom ?? today(),
					valid_until: null,
					created_at: now,
					updated_at: now
				});
				await recordAudit(trx, clock, auth, { action: 'organization.create', entityType: 'organization', entityId: id, scopeUnitId: unit.id, after: v });
			});
			return orgOut((await repo.findOrg(k, id))!);
		},

		async updateOrganization(auth: AuthContext, id: string, input: unknown): Promise<OrgOut> {
			requireActor(auth);
			const o = await requireOrg(id);
			await access.requireAccess(auth, 'organizations.manage', orgTarget(o));
			const v = parseInput(orgUpdate, input);
			if (v.unitId && v.unitId !== o.unit_id) {
				const unit = await unitInForce(v.unitId, 'unitId', today());
				// moving it elsewhere needs the same right there: out of scope reads as unknown
				if (!(await access.allows(auth, 'organizations.manage', { unitId: unit.id }))) throw invalidField('unitId', 'errors.places.unknown_unit');
			}
			if (v.validUntil && v.validUntil <= o.valid_from) throw invalidField('validUntil', 'errors.places.until_before_from');
			const patch = {
				...(v.name !== undefined && { name: v.name }),
				...(v.kind !== undefined && { kind: v.kind }),
				...(v.unitId !== undefined && { unit_id: v.unitId }),
				...(v.address !== undefined && { address: v.address }),
				...(v.phone !== undefined && { phone: v.phone }),
				...(v.email !== undefined && { email: v.email }),
				...(v.validUntil !== undefined && { valid_until: v.validUntil }),
				updated_at: clock.now().toISOString()
			};
			await transaction(db, async (trx) => {
				await repo.updateOrg(trx, id, patch);
				await recordAudit(trx, clock, auth, {
					action: 'organization.update',
					entityType: 'organization',
					entityId: id,
					scopeUnitId: v.unitId ?? o.unit_id,
					before: orgOut(o),
					after: v
				});
			});
			return orgOut((await repo.findOrg(k, id))!);
		},

		/** Units in force today where the actor holds the permission (pickers in forms). */
		async unitsInScope(auth: AuthContext, permission: Permission): Promise<UnitOut[]> {
			const scope = access.requireAny(auth, permission);
			const rows = await repo.unitsInScope(k, scope, today());
			rows.sort(byLevelThenName);
			return rows.map((r) => unitOut(r, r.parent_id));
		},

		/** Every organisation in force today (the grant form's picker; global grantors only). */
		async organizationNames(auth: AuthContext): Promise<{ id: string; name: string; unitName: string }[]> {
			if (!access.requireAny(auth, 'grants.manage').all) throw new AppError('forbidden');
			return (await repo.allOrgNames(k, today())).map((o) => ({ id: o.id, name: o.name, unitName: o.unit_name }));
		},

		countUnits: () => repo.countUnits(k)
	};
}

export type PlacesService = ReturnType<typeof createPlacesService>;
