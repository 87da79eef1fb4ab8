/**
 * Loads the demo programmes (courses.data.ts) in the caller's transaction: courses, their
 * classes and sessions, under stable ids. `enrolDemoResidents` then gives places in those
 * classes to demo residents of each class's commune (the seed calls it only when the residents
 * were loaded): deterministic, a few classes full with a short waiting list; the sessions held
 * by the demo date have their attendance sheets, and the classes already over have closed their
 * results: completions and certificates, as `completeClass` would have issued them.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { demoId } from '../../places/demo/load';
import { DEMO_ORGS, DEMO_UNITS } from '../../places/demo/me-linh.data';
import { unitSubtreeSql } from '../../../platform/db/scope';
import { ORGANISER_KINDS } from '../learning.policy';
import { courseSearchColumns, writeAttendance } from '../learning.repository';
import { lastSeq, raiseBooks } from '../credentials.repository';
import { certificateNumber } from '../lessons.rules';
import { classSessions, completionOf, DEMO_COURSES, sessionCount, type DemoClass, type DemoCourse } from './courses.data';

type DB = Kysely<Database>;

const ORGS = new Map(DEMO_ORGS.map((o) => [o.key, o]));
const UNITS = new Map(DEMO_UNITS.map((u) => [u.key, u]));

/** The commune a course is offered in: its organiser's, which must be the centre's. */
function communeOf(c: DemoCourse): string {
	const centre = ORGS.get(c.centre)!;
	const organiser = ORGS.get(c.organiser ?? c.centre);
	if (!organiser || organiser.unitKey !== centre.unitKey || !ORGANISER_KINDS.includes(organiser.kind))
		throw new Error(`demo course ${c.key}: ${c.organiser} is no organiser in ${centre.unitKey}`);
	return centre.unitKey;
}

/** A class's title and venue from its place: a village's cultural house, the centre or the school. */
function placeOf(c: DemoCourse, x: DemoClass, commune: string): { title: string; venue: string; villageKey: string | null } {
	if (x.place === 'centre') return { title: x.title ?? 'Lớp tại trung tâm', venue: ORGS.get(c.centre)!.name, villageKey: null };
	if (x.place === 'organiser') {
		const o = ORGS.get(c.organiser ?? c.centre)!;
		return { title: x.title ?? `Lớp tại ${o.name}`, venue: o.name, villageKey: null };
	}
	const v = UNITS.get(x.place);
	if (!v || v.level !== 'village' || !v.parents.some((p) => p.parentKey === commune && p.until === null))
		throw new Error(`demo course ${c.key}: ${x.place} is no village of ${commune}`);
	const name = v.name.charAt(0).toLowerCase() + v.name.slice(1); // thôn Nội Đồng, tổ dân phố Giai Lạc
	return { title: x.title ?? `Lớp ${name}`, venue: `Nhà văn hóa ${name}`, villageKey: x.place };
}

const sessionId = (classId: string, index: number) => demoId(`session:${classId}:${index}`);

interface PlannedClass {
	id: string;
	course: DemoCourse;
	klass: DemoClass;
	commune: string;
	villageKey: string | null;
	title: string;
	venue: string;
	startsOn: string;
	endsOn: string;
	sessions: ReturnType<typeof classSessions>;
}

/** Every class of the published in-person and blended courses, with its dated sessions. */
function plannedClasses(): PlannedClass[] {
	const out: PlannedClass[] = [];
	for (const c of DEMO_COURSES) {
		if (!c.classes.length) continue;
		if (c.status !== 'published' || c.mode === 'online') throw new Error(`demo course ${c.key}: only published in-person or blended courses have classes`);
		const commune = communeOf(c);
		const count = sessionCount(c);
		c.classes.forEach((x, i) => {
			const sessions = classSessions(x.from, x.days, count, c.outline);
			if (sessions.length !== count) throw new Error(`demo course ${c.key}: class ${i} has too few sessions`);
			out.push({ id: demoId(`class:${c.key}:${i}`), course: c, klass: x, commune, ...placeOf(c, x, commune), startsOn: sessions[0]!.date, endsOn: sessions.at(-1)!.date, sessions });
		});
	}
	return out;
}

async function insertAll<T extends keyof Database>(db: DB, table: T, rows: Database[T][], per = 500): Promise<void> {
	for (let i = 0; i < rows.length; i += per) await db.insertInto(table).values(rows.slice(i, i + per) as never).execute();
}

export async function loadDemoCourses(db: DB, at: string): Promise<{ courses: number; classes: number; sessions: number }> {
	const courses: Database['courses'][] = DEMO_COURSES.map((c) => ({
		id: demoId(`course:${c.key}`),
		org_id: demoId(c.organiser ?? c.centre),
		unit_id: demoId(communeOf(c)),
		title: c.title,
		topic: c.topic,
		audience: c.audience,
		description: c.description,
		mode: c.mode,
		expected_hours: c.hours,
		completion_json: JSON.stringify(completionOf(c)),
		status: c.status,
		...courseSearchColumns(c),
		created_by_account_id: null,
		created_at: at,
		updated_at: at
	}));
	const plan = plannedClasses();
	const classes: Database['classes'][] = plan.map((p) => ({
		id: p.id,
		course_id: demoId(`course:${p.course.key}`),
		title: p.title,
		venue: p.venue,
		teacher_name: p.klass.teacher,
		teacher_account_id: null,
		capacity: p.klass.capacity,
		enrolled_count: 0,
		starts_on: p.startsOn,
		ends_on: p.endsOn,
		status: 'open',
		created_at: at,
		updated_at: at
	}));
	const sessions: Database['class_sessions'][] = plan.flatMap((p) =>
		p.sessions.map((s, j) => ({ id: sessionId(p.id, j), class_id: p.id, date: s.date, starts_at: s.startsAt, ends_at: s.endsAt, topic: s.topic }))
	);
	await insertAll(db, 'courses', courses, 200);
	await insertAll(db, 'classes', classes);
	await insertAll(db, 'class_sessions', sessions);
	return { courses: courses.length, classes: classes.length, sessions: sessions.length };
}

function rng(seed: number) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Whole years from a birth date to a day (both YYYY-MM-DD). */
const ageOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Places for demo residents in every class loaded by `loadDemoCourses`: residents of the
 * class's commune (most from the class's village) within the course's ages; a running class
 * 12–25 learners, one starting within two months 8–20, a later one 5–12, never beyond
 * capacity; the classes marked `full` filled, with 2–5 on the waiting list. enrolled_count is
 * set to the number of places given. A resident whose record is linked to a demo account
 * (dan.lan) also has a place in the first class over by today of her commune open to her, so
 * that her learning record holds a certificate. Then the attendance of the sessions held and
 * the certificates of the classes over (`recordDemoResults`).
 */
export async function enrolDemoResidents(db: DB, at: string): Promise<{ enrolled: number; waiting: number; marks: number; present: number; certificates: number }> {
	const day = at.slice(0, 10);
	const r = rng(20261129);
	const plan = plannedClasses();
	type Person = { id: string; full_name: string; birth_date: string; gender: string; village_id: string; account_id: string | null };
	const pools = new Map<string, Person[]>();
	for (const commune of new Set(plan.map((p) => p.commune)))
		pools.set(
			commune,
			await db
				.selectFrom('residents')
				.select(['id', 'full_name', 'birth_date', 'gender', 'village_id', 'account_id'])
				.where('status', '=', 'active')
				.where(sql<boolean>`village_id in (${unitSubtreeSql([demoId(commune)], day)})`)
				.orderBy('id')
				.execute()
		);
	const rows: Database['enrolments'][] = [];
	const counts = new Map<string, number>();
	const placedWithAccount = new Set<string>(); // residents with an account who have a place in a class over by today
	let waiting = 0;
	for (const p of plan) {
		const [minAge, maxAge] = p.course.ages ?? [16, 80];
		const eligible = pools.get(p.commune)!.filter((x) => {
			if (p.course.gender && x.gender !== p.course.gender) return false;
			const age = ageOn(x.birth_date, day);
			return age >= minAge && age <= maxAge;
		});
		const capacity = p.klass.capacity;
		const started = p.startsOn <= day;
		const [lo, hi] = started ? [12, 25] : daysBetween(day, p.startsOn) <= 62 ? [8, 20] : [5, 12];
		const wanted = p.klass.full ? capacity + 2 + Math.floor(r() * 4) : Math.min(capacity - 1, lo + Math.floor(r() * (hi - lo + 1)));
		const taken = new Set<string>();
		const pick = (list: Person[], n: number): Person[] => {
			const out: Person[] = [];
			for (let tries = 0; out.length < n && tries < n * 20 && list.length; tries++) {
				const x = list[Math.floor(r() * list.length)]!;
				if (taken.has(x.id)) continue;
				taken.add(x.id);
				out.push(x);
			}
			return out;
		};
		const villageId = p.villageKey ? demoId(p.villageKey) : null;
		const near = villageId ? pick(eligible.filter((x) => x.village_id === villageId), Math.round(wanted * 0.7)) : [];
		const people = [...near, ...pick(eligible, wanted - near.length)];
		const over = p.endsOn < day;
		if (over && !p.klass.full)
			for (const x of eligible) {
				if (!x.account_id || placedWithAccount.has(x.id) || taken.has(x.id)) continue;
				taken.add(x.id);
				people.unshift(x); // among the first to sign up
				if (people.length > wanted) people.pop();
			}
		if (over) for (const x of people.slice(0, capacity)) if (x.account_id) placedWithAccount.add(x.id);
		// places taken in the days before the class began (or before now), in order
		const last = started ? Date.parse(`${p.startsOn}T00:00:00Z`) - 86_400_000 : Date.parse(at);
		people.forEach((x, j) => {
			const when = new Date(last - (people.length - j) * 4 * 3_600_000).toISOString();
			const status = j < capacity ? 'enrolled' : 'waiting';
			if (status === 'waiting') waiting++;
			rows.push({ id: demoId(`enrolment:${p.id}:${j}`), class_id: p.id, resident_id: x.id, account_id: x.account_id, learner_name: x.full_name, status, enrolled_by_account_id: null, created_at: when, updated_at: when, withdrawn_at: null });
		});
		counts.set(p.id, Math.min(people.length, capacity));
	}
	await insertAll(db, 'enrolments', rows);
	for (const [id, n] of counts) if (n > 0) await db.updateTable('classes').set({ enrolled_count: n, updated_at: at }).where('id', '=', id).execute();
	const results = await recordDemoResults(db, plan, rows, at);
	return { enrolled: rows.length - waiting, waiting, ...results };
}

/** A number in [0, 1) drawn from a key: the same key, the same number. */
const draw = (key: string) => createHash('sha256').update(`suotdoi-demo:${key}`).digest().readUInt32BE(0) / 2 ** 32;

/**
 * Whether a learner came to a session (the index-th of `count`), by a pattern fixed by their
 * place: three in four come nearly always, about one in five often misses, a few stop coming
 * after the first sessions; about 85 % of the marks are "present". The demo's residents with an
 * account come to every session.
 */
function came(enrolmentId: string, session: string, index: number, count: number, hasAccount: boolean): boolean {
	if (hasAccount) return true;
	const kind = draw(`attendance:${enrolmentId}`);
	if (kind < 0.06) return index < 1 + Math.floor(draw(`drop-out:${enrolmentId}`) * Math.max(1, count - 1));
	return draw(`attendance:${enrolmentId}:${session}`) < (kind < 0.25 ? 0.7 : 0.95);
}

/** A certificate's public code, 16 URL-safe characters as `newSecret(12)` makes them, drawn from its place. */
const certificateCode = (enrolmentId: string) => createHash('sha256').update(`suotdoi-demo:certificate:${enrolmentId}`).digest().subarray(0, 12).toString('base64url');

const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The results of the classes with demo learners as of `at`: an attendance sheet for every
 * session held by that day (every learner with a place, present or absent, recorded when the
 * session ended), and for every class whose last session was before that day, its closing as
 * `completeClass` does it: each learner with a place who attended at least the course's share
 * of the sessions (80 % unless it says otherwise) completes the course (once) and receives a
 * certificate dated the day after the last session, numbered in the organiser's book for the
 * year in the order of issue. No audit entries: the demo loaders write none.
 */
async function recordDemoResults(db: DB, plan: PlannedClass[], enrolments: Database['enrolments'][], at: string): Promise<{ marks: number; present: number; certificates: number }> {
	const day = at.slice(0, 10);
	const learners = new Map<string, Database['enrolments'][]>();
	for (const e of enrolments) if (e.status === 'enrolled') learners.set(e.class_id, [...(learners.get(e.class_id) ?? []), e]);
	const marks: Database['attendance'][] = [];
	const attended = new Map<string, number>();
	for (const p of plan)
		p.sessions.forEach((s, j) => {
			if (s.date > day) return;
			const id = sessionId(p.id, j);
			const recordedAt = earlier(new Date(`${s.date}T${s.endsAt}:00+07:00`).toISOString(), at);
			for (const e of learners.get(p.id) ?? []) {
				const present = came(e.id, id, j, p.sessions.length, e.account_id !== null);
				if (present) attended.set(e.id, (attended.get(e.id) ?? 0) + 1);
				marks.push({ session_id: id, enrolment_id: e.id, present: present ? 1 : 0, recorded_by_account_id: null, recorded_at: recordedAt });
			}
		});
	for (let i = 0; i < marks.length; i += 1000) await writeAttendance(db, marks.slice(i, i + 1000));

	const over = plan
		.filter((p) => p.endsOn < day)
		.map((p) => ({ p, issuedOn: dayAfter(p.endsOn) }))
		.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
	const completions: Database['completions'][] = [];
	const certificates: Database['certificates'][] = [];
	const seqs = new Map<string, number>();
	const completed = new Set<string>();
	for (const { p, issuedOn } of over) {
		const c = p.course;
		const courseId = demoId(`course:${c.key}`);
		const orgKey = c.organiser ?? c.centre;
		const orgId = demoId(orgKey);
		const rule = completionOf(c).attendance ?? 0.8;
		const held = p.sessions.filter((s) => s.date <= day).length;
		const year = Number(issuedOn.slice(0, 4));
		const completedAt = earlier(`${issuedOn}T03:00:00.000Z`, at); // 10:00 in Hà Nội
		for (const e of learners.get(p.id) ?? []) {
			if ((attended.get(e.id) ?? 0) / held + 1e-9 < rule) continue;
			const who = [e.account_id && `${courseId} a ${e.account_id}`, e.resident_id && `${courseId} r ${e.resident_id}`].filter((w): w is string => !!w);
			if (who.some((w) => completed.has(w))) continue; // completed the course in another class
			for (const w of who) completed.add(w);
			const book = `${orgId} ${year}`;
			const seq = (seqs.get(book) ?? (await lastSeq(db, orgId, year))) + 1;
			seqs.set(book, seq);
			const completionId = demoId(`completion:${e.id}`);
			completions.push({ id: completionId, course_id: courseId, account_id: e.account_id, resident_id: e.resident_id, hours: c.hours, completed_at: completedAt });
			certificates.push({
				id: demoId(`certificate:${e.id}`),
				code: certificateCode(e.id),
				number: certificateNumber(seq, year, ORGS.get(orgKey)!.name),
				org_id: orgId,
				year,
				seq,
				completion_id: completionId,
				course_id: courseId,
				account_id: e.account_id,
				resident_id: e.resident_id,
				learner_name: e.learner_name,
				course_title: c.title,
				hours: c.hours,
				issued_on: issuedOn,
				revoked_at: null,
				revoked_reason: null,
				revoked_by_account_id: null,
				kind: 'course',
				unit_id: demoId(communeOf(c)),
				books: null
			});
		}
	}
	await insertAll(db, 'completions', completions);
	await insertAll(db, 'certificates', certificates);
	await raiseBooks(
		db,
		[...seqs].map(([book, lastSeq]) => ({ orgId: book.split(' ')[0]!, year: Number(book.split(' ')[1]), lastSeq }))
	);
	return { marks: marks.length, present: marks.filter((m) => m.present === 1).length, certificates: certificates.length };
}
