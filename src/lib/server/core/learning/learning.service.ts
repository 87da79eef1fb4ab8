/**
 * Courses, classes and places in them. A course is organised by a learning centre, a school
 * or an association branch; its in-person classes have a capacity that holds under any
 * concurrency (one conditional UPDATE takes a place) and a waiting list that moves up, in
 * order, when someone leaves. Learners hear by email where an address (and, for a record
 * entered by an officer, consent) exists.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { addDays, formatDateVi, todayVn, vnDayStart, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import type { Outbox } from '../../platform/mail';
import { renderMarkdown } from '../../platform/markdown';
import { searchTerms } from '../../platform/text';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import type { PeopleLookups } from '../people/people.service';
import type { ConsentsService } from '../people/consents.service';
import * as repo from './learning.repository';
import { writeXlsx } from '../../platform/spreadsheet';
import { t } from '../../../i18n';
import { learningPolicy, ORGANISER_KINDS } from './learning.policy';
import { ENROLMENT_MAIL } from './learning.messages';
import { attendanceOf } from './learning.attendance';
import { createClassRoster } from './learning.roster';
import { createLearningFront } from './learning.front';
import { remindersOf } from './learning.reminders';
import { CATALOG_PAGE_SIZE, catalogQuery, classCreate, courseCreate, courseUpdate, enrolInput, managedQuery, statisticsQuery } from './learning.schemas';

export interface LearningDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	outbox: Outbox;
	consents: Pick<ConsentsService, 'hasConsent'>;
	places: { lookups: PlaceLookups };
	people: { lookups: PeopleLookups };
}

function courseOut(c: repo.CourseRow) {
	return {
		id: c.id,
		orgId: c.org_id,
		orgName: c.org_name,
		unitId: c.unit_id,
		unitName: c.unit_name,
		title: c.title,
		topic: c.topic,
		audience: c.audience,
		description: c.description,
		mode: c.mode,
		expectedHours: Number(c.expected_hours),
		completion: JSON.parse(c.completion_json) as Record<string, unknown>,
		status: c.status,
		updatedAt: c.updated_at
	};
}
export type CourseOut = ReturnType<typeof courseOut>;

type ClassRow = NonNullable<Awaited<ReturnType<typeof repo.findClass>>>;
function classOut(k: ClassRow, waiting: number) {
	return {
		id: k.id,
		courseId: k.course_id,
		title: k.title,
		venue: k.venue,
		teacherName: k.teacher_name,
		capacity: Number(k.capacity),
		enrolled: Number(k.enrolled_count),
		waiting,
		startsOn: k.starts_on,
		endsOn: k.ends_on,
		status: k.status
	};
}


export function createLearningService({ db, clock, access, outbox, consents, places, people }: LearningDeps) {
	const k = db.kysely;
	const policy = learningPolicy(access);
	const today = () => todayVn(clock);
	const nowIso = () => clock.now().toISOString();

	const canManage = policy.canManage;

	/** A course as the reader may see it: published to all, drafts and archives to its managers. */
	async function readableCourse(auth: AuthContext, id: string): Promise<repo.CourseRow> {
		const c = UUID_RE.test(id) ? await repo.findCourse(k, id) : undefined;
		if (!c) throw new AppError('not_found');
		await policy.requireReadable(auth, c);
		return c;
	}

	async function managedCourse(auth: AuthContext, id: string): Promise<repo.CourseRow> {
		requireActor(auth);
		const c = UUID_RE.test(id) ? await repo.findCourse(k, id) : undefined;
		if (!c) throw new AppError('not_found');
		await policy.requireManage(auth, c);
		return c;
	}

	async function classWithCourse(id: string) {
		const klass = UUID_RE.test(id) ? await repo.findClass(k, id) : undefined;
		if (!klass) throw new AppError('not_found');
		const course = (await repo.findCourse(k, klass.course_id))!;
		return { klass, course };
	}

	/** Where to write to a learner about their place: their account's address, or the record's with consent. */
	async function learnerEmail(e: { account_id: string | null; resident_id: string | null }): Promise<string | null> {
		if (e.account_id) {
			const a = await repo.accountContact(k, e.account_id);
			if (a?.status === 'active' && a.email) return a.email;
		}
		if (e.resident_id) {
			const r = await people.lookups.resident(e.resident_id);
			if (r?.email && (await consents.hasConsent(r.id, 'announcements_email'))) return r.email;
		}
		return null;
	}

	async function notify(e: { account_id: string | null; resident_id: string | null }, message: { subject: string; text: string }): Promise<void> {
		const to = await learnerEmail(e);
		if (!to) return;
		await outbox.post({ to, ...message }, `Thư báo cho học viên: ${message.subject}`);
	}

	/** The other side: the organiser hears of places taken and freed, at its address in the directory. */
	async function tellOrganiser(course: repo.CourseRow, message: { subject: string; text: string }): Promise<void> {
		if (!course.org_email) return;
		await outbox.post({ to: course.org_email, ...message }, `Thư báo cho đơn vị tổ chức: ${message.subject}`);
	}
	/** A class as its page shows it, from rows already read: sessions, counts, the reader's own place, the roster for managers. */
	async function classView(auth: AuthContext, klass: ClassRow, course: repo.CourseRow, manage: boolean) {
		const [sessions, waiting, mine, roster] = await Promise.all([
			repo.sessionsOf(k, klass.id),
			repo.waitingCount(k, klass.id),
			auth.actor ? repo.liveEnrolment(k, klass.id, { accountId: auth.actor.accountId }) : Promise.resolve(undefined),
			manage ? repo.enrolmentsOfClass(k, klass.id) : Promise.resolve([])
		]);
		return {
				...classOut(klass, waiting),
				courseTitle: course.title,
				orgName: course.org_name,
				sessions: sessions.map((s) => ({ id: s.id, date: s.date, startsAt: s.starts_at, endsAt: s.ends_at, topic: s.topic })),
				mine: mine ? { enrolmentId: mine.id, status: mine.status } : null,
				roster: roster.map((e) => ({ enrolmentId: e.id, name: e.learner_name, status: e.status, residentId: e.resident_id, since: e.created_at })),
				can: { manage }
			};
	}


	return {
		/** The public catalog: published courses, by commune, topic and mode, searched without accents. */
		async catalog(input: unknown) {
			const v = parseInput(catalogQuery, input);
			const { rows, total } = await repo.listCatalog(k, { terms: searchTerms(v.q), unit: v.unit, topic: v.topic, mode: v.mode, today: today(), limit: CATALOG_PAGE_SIZE, offset: (v.page - 1) * CATALOG_PAGE_SIZE });
			return { items: rows.map((r) => ({ ...courseOut(r), openClasses: Number(r.open_classes) })), total, page: v.page, pageSize: CATALOG_PAGE_SIZE };
		},

		async course(auth: AuthContext, id: string) {
			const c = await readableCourse(auth, id);
			const classes = await repo.classesOf(k, c.id);
			const out = await Promise.all(classes.map(async (x) => classOut(x, await repo.waitingCount(k, x.id))));
			return { ...courseOut(c), descriptionHtml: renderMarkdown(c.description), classes: out, can: { manage: await canManage(auth, c) } };
		},

		async createCourse(auth: AuthContext, input: unknown): Promise<CourseOut> {
			access.requireAny(auth, 'learning.manage');
			const v = parseInput(courseCreate, input);
			const org = await policy.requireOrganiser(auth, await places.lookups.org(v.orgId));
			const id = newId();
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.insertCourse(trx, {
					id,
					org_id: org.id,
					unit_id: org.unit_id,
					title: v.title,
					topic: v.topic,
					audience: v.audience,
					description: v.description,
					mode: v.mode,
					expected_hours: v.expectedHours,
					completion_json: JSON.stringify(v.completion),
					status: v.status,
					...repo.courseSearchColumns(v),
					created_by_account_id: auth.actor!.accountId,
					created_at: at,
					updated_at: at
				});
				await recordAudit(trx, clock, auth, { action: 'course.create', entityType: 'course', entityId: id, scopeUnitId: org.unit_id, after: { title: v.title, orgId: org.id, status: v.status } });
			});
			return courseOut((await repo.findCourse(k, id))!);
		},

		/** Edits a course; publishing and archiving are a change of status. */
		async updateCourse(auth: AuthContext, id: string, input: unknown): Promise<CourseOut> {
			const c = await managedCourse(auth, id);
			const v = parseInput(courseUpdate, input);
			const title = v.title ?? c.title;
			const audience = v.audience ?? c.audience;
			const description = v.description ?? c.description;
			const patch = {
				...(v.title !== undefined && { title: v.title }),
				...(v.topic !== undefined && { topic: v.topic }),
				...(v.audience !== undefined && { audience: v.audience }),
				...(v.description !== undefined && { description: v.description }),
				...(v.mode !== undefined && { mode: v.mode }),
				...(v.expectedHours !== undefined && { expected_hours: v.expectedHours }),
				...(v.completion !== undefined && { completion_json: JSON.stringify(v.completion) }),
				...(v.status !== undefined && { status: v.status }),
				...(v.lessonsInOrder !== undefined && { lessons_in_order: v.lessonsInOrder ? 1 : 0 }),
				...repo.courseSearchColumns({ title, audience, description }),
				updated_at: nowIso()
			};
			await transaction(db, async (trx) => {
				await repo.updateCourse(trx, id, patch);
				await recordAudit(trx, clock, auth, { action: 'course.update', entityType: 'course', entityId: id, scopeUnitId: c.unit_id, before: { title: c.title, status: c.status }, after: { title, status: v.status ?? c.status } });
			});
			return courseOut((await repo.findCourse(k, id))!);
		},

		async createClass(auth: AuthContext, courseId: string, input: unknown) {
			const c = await managedCourse(auth, courseId);
			const v = parseInput(classCreate, input);
			if (c.mode === 'online') throw new AppError('conflict', 'errors.learning.online_has_no_classes');
			const id = newId();
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.insertClass(
					trx,
					{ id, course_id: c.id, title: v.title, venue: v.venue, teacher_name: v.teacherName, teacher_account_id: null, capacity: v.capacity, enrolled_count: 0, starts_on: v.startsOn, ends_on: v.endsOn, status: 'open', created_at: at, updated_at: at },
					v.sessions.map((s) => ({ id: newId(), class_id: id, date: s.date, starts_at: s.startsAt, ends_at: s.endsAt, topic: s.topic ?? null }))
				);
				await recordAudit(trx, clock, auth, { action: 'class.create', entityType: 'class', entityId: id, scopeUnitId: c.unit_id, after: { courseId: c.id, title: v.title, capacity: v.capacity } });
			});
			return this.getClass(auth, id);
		},

		/** A course for its managers' console, with every class in detail; out of scope it does not exist. */
		async manageCourse(auth: AuthContext, id: string) {
			await managedCourse(auth, id);
			const course = await this.course(auth, id);
			return { course, classes: await Promise.all(course.classes.map((c) => this.getClass(auth, c.id))) };
		},

		/** A class with its sessions and counts; the reader's own place; the roster for managers. */
		async getClass(auth: AuthContext, id: string) {
			const { klass, course } = await classWithCourse(id);
			return classView(auth, klass, course, await policy.requireReadable(auth, course));
		},

		/**
		 * A place in a class: `{}` for the signed-in learner, `{ personId }` for a manager
		 * enrolling a resident of the course's commune. A full class puts the learner on the
		 * waiting list. One live place per learner per class. The class and its course are read
		 * once; the answer's count of places comes from the write itself.
		 */
		async enrol(auth: AuthContext, classId: string, input: unknown) {
			requireActor(auth);
			const v = parseInput(enrolInput, input ?? {});
			const { klass, course } = await classWithCourse(classId);
			const manage = await policy.requireReadable(auth, course);
			if (klass.status !== 'open' || course.status !== 'published' || klass.ends_on < today()) throw new AppError('conflict', 'errors.learning.class_closed');
			let who: { accountId: string | null; residentId: string | null; name: string };
			if (v.personId) {
				await policy.requireManage(auth, course);
				const r = await people.lookups.resident(v.personId);
				if (!r || !(await repo.unitWithin(k, r.village_id, course.unit_id, today()))) throw invalidField('personId', 'errors.learning.person_out_of_reach');
				who = { accountId: r.account_id, residentId: r.id, name: r.full_name };
			} else {
				const r = await people.lookups.residentOfAccount(auth.actor.accountId);
				who = { accountId: auth.actor.accountId, residentId: r?.id ?? null, name: r?.full_name ?? auth.actor.displayName };
			}
			if ((who.residentId && (await repo.liveEnrolment(k, classId, { residentId: who.residentId }))) || (who.accountId && (await repo.liveEnrolment(k, classId, { accountId: who.accountId }))))
				throw new AppError('conflict', 'errors.learning.already_enrolled');
			const id = newId();
			const at = nowIso();
			let status = 'waiting' as 'enrolled' | 'waiting';
			let taken: number | null = null;
			try {
				await transaction(db, async (trx) => {
					taken = await repo.takePlace(trx, classId, at);
					status = taken !== null ? 'enrolled' : 'waiting';
					await repo.insertEnrolment(trx, { id, class_id: classId, resident_id: who.residentId, account_id: who.accountId, learner_name: who.name, status, enrolled_by_account_id: auth.actor!.accountId, created_at: at, updated_at: at, withdrawn_at: null });
					await recordAudit(trx, clock, auth, { action: 'enrolment.create', entityType: 'enrolment', entityId: id, scopeUnitId: course.unit_id, after: { classId, status, residentId: who.residentId } });
				});
			} catch (e) {
				if (e instanceof AppError) throw e;
				// the same learner twice at once: the unique index lets one through
				if (await repo.liveEnrolment(k, classId, who.residentId ? { residentId: who.residentId } : { accountId: who.accountId })) throw new AppError('conflict', 'errors.learning.already_enrolled');
				throw e;
			}
			const starts = formatDateVi(klass.starts_on);
			await notify({ account_id: who.accountId, resident_id: who.residentId }, status === 'enrolled' ? ENROLMENT_MAIL.enrolled(course.title, klass.title, klass.venue, starts) : ENROLMENT_MAIL.waiting(course.title, klass.title));
			const after = await classView(auth, { ...klass, enrolled_count: taken ?? klass.enrolled_count }, course, manage);
			await tellOrganiser(course, ENROLMENT_MAIL.organiser(course.title, klass.title, who.name, status, after.enrolled, after.capacity));
			return { enrolmentId: id, status, class: after };
		},

		/** Leaving a class (the learner, or a manager): the longest-waiting learner takes the place. */
		async withdraw(auth: AuthContext, enrolmentId: string) {
			requireActor(auth);
			const e = UUID_RE.test(enrolmentId) ? await repo.findEnrolment(k, enrolmentId) : undefined;
			if (!e || (e.status !== 'enrolled' && e.status !== 'waiting')) throw new AppError('not_found');
			const { klass, course } = await classWithCourse(e.class_id);
			const own = e.account_id === auth.actor.accountId || (e.resident_id !== null && (await people.lookups.residentOfAccount(auth.actor.accountId))?.id === e.resident_id);
			const manage = await policy.canManage(auth, course);
			if (!own && !manage) throw new AppError('not_found');
			const at = nowIso();
			let promoted: Awaited<ReturnType<typeof repo.firstWaiting>>;
			let released: number | null = null;
			await transaction(db, async (trx) => {
				if (!(await repo.moveEnrolment(trx, e.id, e.status, 'withdrawn', at))) throw new AppError('conflict', 'errors.learning.changed');
				if (e.status === 'enrolled') {
					// the freed place goes to the longest-waiting learner, or back to the class
					for (;;) {
						promoted = await repo.firstWaiting(trx, e.class_id);
						if (!promoted) {
							released = await repo.releasePlace(trx, e.class_id, at);
							break;
						}
						if (await repo.moveEnrolment(trx, promoted.id, 'waiting', 'enrolled', at)) break;
					}
				}
				await recordAudit(trx, clock, auth, { action: 'enrolment.withdraw', entityType: 'enrolment', entityId: e.id, scopeUnitId: course.unit_id, after: { classId: e.class_id, promoted: promoted?.id ?? null } });
			});
			if (promoted) await notify(promoted, ENROLMENT_MAIL.promoted(course.title, klass.title, klass.venue, formatDateVi(klass.starts_on)));
			const after = await classView(auth, { ...klass, enrolled_count: released ?? klass.enrolled_count }, course, manage);
			await tellOrganiser(course, ENROLMENT_MAIL.organiser(course.title, klass.title, e.learner_name, 'withdrawn', after.enrolled, after.capacity));
			return after;
		},

		...attendanceOf({ db, clock, access, classWithCourse }),
		...createClassRoster({ db, clock, access, people }),
		...createLearningFront({ db, clock }),
		...remindersOf({ db, clock, notify }),

		/**
		 * Figures for officers, within their scope: learners (distinct people), learner-turns
		 * (places taken and online courses completed), completions and hours (of completed
		 * courses), by commune, topic, month, age group and gender.
		 */
		async statistics(auth: AuthContext, input: unknown = {}) {
			const scope = access.requireAny(auth, 'learning.manage');
			const v = parseInput(statisticsQuery, input);
			// Việt Nam calendar days: a day starts at 00:00 UTC+7
			const period = { from: v.from && vnDayStart(v.from), to: v.to && vnDayStart(addDays(v.to, 1)) };
			const [total, byCommune, byVillage, byTopic, byMonth, byAgeGroup, byGender] = await Promise.all([null, ...repo.STAT_DIMENSIONS].map((by) => repo.learningFigures(k, scope, today(), by, period)));
			const { key: _key, ...sum } = total![0] ?? { key: 'total', learners: 0, turns: 0, completions: 0, hours: 0 };
			return { period: { from: v.from ?? null, to: v.to ?? null }, total: sum, byCommune: byCommune!, byVillage: byVillage!, byTopic: byTopic!, byMonth: byMonth!, byAgeGroup: byAgeGroup!, byGender: byGender! };
		},

		/** The same figures as an .xlsx in the reader's language: one row per group, the total first. */
		async statisticsWorkbook(auth: AuthContext, input: unknown = {}) {
			const s = await this.statistics(auth, input);
			const lc = auth.locale;
			const label = (dim: string, key: string) => (dim === 'topic' ? t(lc, `courses.topic.${key}`) : dim === 'gender' ? t(lc, `stats.gender.${key}`) : dim === 'ageGroup' ? t(lc, `stats.age.${key}`) : dim === 'village' && key === 'unknown' ? t(lc, 'stats.village.unknown') : key);
			const dims = [['byCommune', 'commune'], ['byVillage', 'village'], ['byTopic', 'topic'], ['byMonth', 'month'], ['byAgeGroup', 'ageGroup'], ['byGender', 'gender']] as const;
			const figures = (r: { learners: number; turns: number; completions: number; hours: number }) => [r.learners, r.turns, r.completions, r.hours].map(String);
			const rows: string[][] = [[t(lc, 'stats.total'), '', ...figures(s.total)]];
			for (const [key, dim] of dims) for (const r of s[key]) rows.push([t(lc, `stats.dim.${dim}`), label(dim, r.key), ...figures(r)]);
			const bytes = await writeXlsx({ name: t(lc, 'stats.sheet'), headers: ['stats.group', 'stats.value', 'stats.learners', 'stats.turns', 'stats.completions', 'stats.hours'].map((h) => t(lc, h)), rows });
			const span = s.period.from || s.period.to ? `-${s.period.from ?? ''}_${s.period.to ?? ''}` : '';
			return { bytes, fileName: `so-lieu-hoc-tap${span}.xlsx` };
		},

		/** Courses the caller manages, any status (the console). */
		async managed(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'learning.manage');
			const v = parseInput(managedQuery, input);
			const { rows, total } = await repo.listManaged(k, scope, searchTerms(v.q), today(), CATALOG_PAGE_SIZE, (v.page - 1) * CATALOG_PAGE_SIZE);
			return { items: rows.map(courseOut), total, page: v.page, pageSize: CATALOG_PAGE_SIZE };
		},

		/** The organisers whose courses the caller may create. */
		async organisers(auth: AuthContext) {
			const scope = access.requireAny(auth, 'learning.manage');
			return (await repo.organisersInScope(k, scope, ORGANISER_KINDS, today())).map((o) => ({ id: o.id, name: o.name, unitName: o.unit_name }));
		},

		/** The signed-in learner's places and waiting places. */
		async myEnrolments(auth: AuthContext) {
			requireActor(auth);
			const r = await people.lookups.residentOfAccount(auth.actor.accountId);
			const rows = await repo.enrolmentsOfLearner(k, auth.actor.accountId, r?.id ?? null);
			const d = today();
			return rows.map((x) => ({ enrolmentId: x.id, status: x.status, classId: x.class_id, classTitle: x.class_title, courseId: x.course_id, courseTitle: x.course_title, startsOn: x.starts_on, endsOn: x.ends_on, venue: x.venue, ended: x.ends_on < d }));
		}
	};
}

export type LearningService = ReturnType<typeof createLearningService>;
