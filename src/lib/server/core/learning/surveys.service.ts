/**
 * Learning-needs surveys: a centre asks its commune what people want to learn. Residents
 * answer on the phone (signed in: once each; village, age group and gender come from their
 * record when it is linked) or an officer enters paper answers. Results show demand by topic,
 * village and age group; a manager turns a topic into a course from there. Answers carry no
 * name: only the village, an age group and the gender.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import type { PeopleLookups } from '../people/people.service';
import * as courses from './learning.repository';
import { learningPolicy } from './learning.policy';
import { surveyAnswer, surveyCreate } from './learning.schemas';
import * as repo from './surveys.repository';

export interface SurveysDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	places: { lookups: PlaceLookups };
	people: { lookups: PeopleLookups };
}

export function createSurveysService({ db, clock, access, places, people }: SurveysDeps) {
	const k = db.kysely;
	const policy = learningPolicy(access);
	const today = () => todayVn(clock);

	const surveyOut = (s: NonNullable<Awaited<ReturnType<typeof repo.findSurvey>>>) => ({ id: s.id, title: s.title, orgName: s.org_name, unitId: s.unit_id, unitName: s.unit_name, topics: JSON.parse(s.topics_json) as string[], status: s.status });

	async function survey(id: string) {
		const s = UUID_RE.test(id) ? await repo.findSurvey(k, id) : undefined;
		if (!s) throw new AppError('not_found');
		return s;
	}

	const ageGroupOf = (birthDate: string) => {
		const age = Number(today().slice(0, 4)) - Number(birthDate.slice(0, 4));
		return age <= 15 ? '0-15' : age <= 35 ? '16-35' : age <= 59 ? '36-59' : '60+';
	};

	async function answer(auth: AuthContext, surveyId: string, input: unknown, entered: boolean) {
		requireActor(auth);
		const s = await survey(surveyId);
		if (entered) await policy.requireManage(auth, s);
		if (s.status !== 'open') throw new AppError('conflict', 'errors.survey.closed');
		const v = parseInput(surveyAnswer, input);
		const offered = JSON.parse(s.topics_json) as string[];
		if (v.topics.some((t) => !offered.includes(t))) throw invalidField('topics', 'errors.field.choice');
		// a linked resident answers for themselves: where and who come from their record
		const own = entered ? undefined : await people.lookups.residentOfAccount(auth.actor.accountId);
		const villageId = own?.village_id ?? v.villageId;
		const ageGroup = own ? ageGroupOf(own.birth_date) : v.ageGroup;
		const gender = own?.gender ?? v.gender;
		if (!villageId || !(await courses.unitWithin(k, villageId, s.unit_id, today()))) throw invalidField('villageId', 'errors.people.unknown_village');
		if (!ageGroup) throw invalidField('ageGroup', 'errors.field.required');
		if (!gender) throw invalidField('gender', 'errors.field.required');
		if (!entered && (await repo.responseOf(k, s.id, auth.actor.accountId))) throw new AppError('conflict', 'errors.survey.answered');
		const id = newId();
		try {
			await transaction(db, async (trx) => {
				await repo.insertResponse(trx, { id, survey_id: s.id, account_id: entered ? null : auth.actor!.accountId, village_id: villageId, age_group: ageGroup, gender, topics_json: JSON.stringify([...new Set(v.topics)]), entered_by_account_id: entered ? auth.actor!.accountId : null, created_at: clock.now().toISOString() });
				if (entered) await recordAudit(trx, clock, auth, { action: 'survey.enter_paper', entityType: 'survey', entityId: s.id, scopeUnitId: s.unit_id });
			});
		} catch (e) {
			if (!entered && (await repo.responseOf(k, s.id, auth.actor.accountId))) throw new AppError('conflict', 'errors.survey.answered');
			throw e;
		}
		return { id };
	}

	return {
		async create(auth: AuthContext, input: unknown) {
			access.requireAny(auth, 'learning.manage');
			const v = parseInput(surveyCreate, input);
			const org = await policy.requireOrganiser(auth, await places.lookups.org(v.orgId));
			const id = newId();
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.insertSurvey(trx, { id, org_id: org.id, unit_id: org.unit_id, title: v.title, topics_json: JSON.stringify(v.topics), status: 'open', created_by_account_id: auth.actor!.accountId, created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'survey.create', entityType: 'survey', entityId: id, scopeUnitId: org.unit_id, after: { title: v.title } });
			});
			return surveyOut((await repo.findSurvey(k, id))!);
		},

		/** The surveys the caller manages, open or closed (the console). */
		async managed(auth: AuthContext) {
			const scope = access.requireAny(auth, 'learning.manage');
			return (await repo.surveysInScope(k, scope, today())).map(surveyOut);
		},

		/** Open surveys, for residents to answer. */
		async open() {
			return (await repo.openSurveys(k)).map(surveyOut);
		},

		async get(auth: AuthContext, id: string) {
			const s = await survey(id);
			const answered = auth.actor ? (await repo.responseOf(k, s.id, auth.actor.accountId)) !== undefined : false;
			const own = auth.actor ? await people.lookups.residentOfAccount(auth.actor.accountId) : undefined;
			return { ...surveyOut(s), answered, knowsMe: own !== undefined, can: { manage: await policy.canManage(auth, s) } };
		},

		respond: (auth: AuthContext, id: string, input: unknown) => answer(auth, id, input, false),
		enterPaper: (auth: AuthContext, id: string, input: unknown) => answer(auth, id, input, true),

		async close(auth: AuthContext, id: string) {
			requireActor(auth);
			const s = await survey(id);
			await policy.requireManage(auth, s);
			await repo.setSurveyStatus(k, s.id, 'closed', clock.now().toISOString());
			return surveyOut((await repo.findSurvey(k, id))!);
		},

		/** Demand by topic, and each topic by village and age group (the survey's managers). */
		async results(auth: AuthContext, id: string) {
			requireActor(auth);
			const s = await survey(id);
			await policy.requireManage(auth, s);
			const rows = await repo.responsesOf(k, s.id);
			const byTopic = new Map<string, { total: number; byVillage: Record<string, number>; byAgeGroup: Record<string, number> }>();
			// people who answered, by village and age group (a person counts once, whatever they chose)
			const respondents = { byVillage: {} as Record<string, number>, byAgeGroup: {} as Record<string, number> };
			const add = (m: Record<string, number>, key: string) => (m[key] = (m[key] ?? 0) + 1);
			for (const r of rows) {
				const village = r.village_name ?? 'unknown';
				const age = r.age_group ?? 'unknown';
				add(respondents.byVillage, village);
				add(respondents.byAgeGroup, age);
				for (const t of JSON.parse(r.topics_json) as string[]) {
					const cell = byTopic.get(t) ?? byTopic.set(t, { total: 0, byVillage: {}, byAgeGroup: {} }).get(t)!;
					cell.total++;
					add(cell.byVillage, village);
					add(cell.byAgeGroup, age);
				}
			}
			return { ...surveyOut(s), responses: rows.length, respondents, topics: [...byTopic.entries()].map(([topic, c]) => ({ topic, ...c })).sort((a, b) => b.total - a.total || (a.topic < b.topic ? -1 : 1)) };
		}
	};
}

export type SurveysService = ReturnType<typeof createSurveysService>;
