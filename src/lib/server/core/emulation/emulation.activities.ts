/**
 * Joint school–centre activities: recorded once (date, title, the school, the learning centre,
 * participants, a note) by the staff of either side (or an officer above), and listed on both
 * sides: the school's staff see those the centre recorded, and the other way round.
 */
import { type AccessGateway, type AuthContext, requireActor, scopesFor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { orgTarget } from './emulation.policy';
import * as repo from './emulation.repository';
import { activityInput, activityQuery, CENTRE_KIND, SCHOOL_KIND, type ActivityOut } from './emulation.schemas';

export interface ActivitiesDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
}

const MAX_LIST = 500;
const activityOut = (a: repo.ActivityRow): ActivityOut => ({ id: a.id, heldOn: a.held_on, title: a.title, schoolOrgId: a.school_org_id, schoolName: a.school_name, centreOrgId: a.centre_org_id, centreName: a.centre_name, participants: Number(a.participants), note: a.note, recordedSide: a.recorded_side, createdAt: a.created_at });

export function createActivitiesService({ db, clock, access }: ActivitiesDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);

	return {
		/** Whether the actor records joint activities anywhere. */
		canRecord: (auth: AuthContext) => {
			const s = scopesFor(auth, 'emulation.activities');
			return s.all || s.unitIds.length > 0 || s.orgIds.length > 0;
		},

		/** Records one activity; the actor must reach the school or the centre (else not found). */
		async record(auth: AuthContext, input: unknown): Promise<ActivityOut> {
			requireActor(auth);
			const v = parseInput(activityInput, input);
			const [school, centre] = await Promise.all([repo.findOrg(k, v.schoolOrgId), repo.findOrg(k, v.centreOrgId)]);
			if (!school || school.kind !== SCHOOL_KIND) throw invalidField('schoolOrgId', 'errors.emulation.not_school');
			if (!centre || centre.kind !== CENTRE_KIND) throw invalidField('centreOrgId', 'errors.emulation.not_centre');
			const bySchool = await access.allows(auth, 'emulation.activities', orgTarget(school));
			const byCentre = await access.allows(auth, 'emulation.activities', orgTarget(centre));
			if (!bySchool && !byCentre) throw new AppError('not_found');
			const s = scopesFor(auth, 'emulation.activities');
			const side = s.orgIds.includes(school.id) ? 'school' : s.orgIds.includes(centre.id) ? 'centre' : 'office';
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertActivity(trx, { id, held_on: v.heldOn, title: v.title, school_org_id: school.id, centre_org_id: centre.id, participants: v.participants, note: v.note ?? null, recorded_side: side, recorded_by_account_id: auth.actor.accountId, created_at: clock.now().toISOString() });
				await recordAudit(trx, clock, auth, { action: 'school_centre_activity.record', entityType: 'school_centre_activity', entityId: id, scopeUnitId: school.unit_id, after: { school: school.id, centre: centre.id } });
			});
			return activityOut((await repo.findActivity(k, id))!);
		},

		/**
		 * One organisation's activities (either side; it must be reached), or all those either side
		 * of which the actor reaches; optionally one school year (1 Aug – 31 Jul). Newest first.
		 */
		async list(auth: AuthContext, query: unknown = {}): Promise<{ items: ActivityOut[] }> {
			requireActor(auth);
			const q = parseInput(activityQuery, query);
			const range = q.year ? { from: `${q.year}-08-01`, until: `${q.year + 1}-07-31` } : {};
			if (q.orgId) {
				const o = await repo.findOrg(k, q.orgId);
				if (!o || !(await access.allows(auth, 'emulation.activities', orgTarget(o)))) throw new AppError('not_found');
				return { items: (await repo.activitiesIn(k, { orgId: o.id, ...range, d: today(), limit: MAX_LIST })).map(activityOut) };
			}
			const scope = scopesFor(auth, 'emulation.activities');
			return { items: (await repo.activitiesIn(k, { scope, ...range, d: today(), limit: MAX_LIST })).map(activityOut) };
		},

		/** The schools and centres the actor may pick from when recording: its own organisation on its side, the other side's in the same communes; officers: all in scope. */
		async choices(auth: AuthContext): Promise<{ schools: { id: string; name: string }[]; centres: { id: string; name: string }[] }> {
			requireActor(auth);
			const s = scopesFor(auth, 'emulation.activities');
			const own = await repo.findOrgs(k, s.orgIds);
			const units = [...s.unitIds, ...own.map((o) => o.unit_id)];
			const rows = s.all ? await repo.orgsOfKinds(k, null, today()) : units.length ? await repo.orgsOfKinds(k, units, today()) : [];
			// a school's or a centre's own staff record for their own side: only it is offered on that side
			const pick = (kind: string) => {
				const mine = own.filter((o) => o.kind === kind);
				return (mine.length && !s.all && !s.unitIds.length ? mine : rows.filter((o) => o.kind === kind)).map((o) => ({ id: o.id, name: o.name }));
			};
			return { schools: pick(SCHOOL_KIND), centres: pick(CENTRE_KIND) };
		}
	};
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
