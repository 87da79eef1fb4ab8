/**
 * Loads the demo programmes (courses.data.ts) in the caller's transaction: courses, their
 * classes and sessions, under stable ids. `enrolDemoResidents` then gives places in those
 * classes to demo residents of each class's commune (the seed calls it only when the residents
 * were loaded): deterministic, a few classes full with a short waiting list.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { normalizeVi } from '../../../platform/text';
import { demoId } from '../../places/demo/load';
import { DEMO_ORGS, DEMO_UNITS } from '../../places/demo/me-linh.data';
import { unitSubtreeSql } from '../../places/places.repository';
import { ORGANISER_KINDS } from '../learning.policy';
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
		search_text: normalizeVi(`${c.title} ${c.audience}`),
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
		p.sessions.map((s, j) => ({ id: demoId(`session:${p.id}:${j}`), class_id: p.id, date: s.date, starts_at: s.startsAt, ends_at: s.endsAt, topic: s.topic }))
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
 * set to the number of places given.
 */
export async function enrolDemoResidents(db: DB, at: string): Promise<{ enrolled: number; waiting: number }> {
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
	return { enrolled: rows.length - waiting, waiting };
}
