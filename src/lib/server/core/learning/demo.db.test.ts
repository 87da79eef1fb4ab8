import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { normalizeVi } from '../../platform/text';
import { transaction } from '../../platform/db';
import { anonymous } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { loadDemoResidents } from '../people/demo/residents';
import { demoId } from '../places/demo/load';
import { enrolDemoResidents } from './demo/load';

const COMMUNES = ['xa-quang-minh', 'xa-me-linh', 'xa-yen-lang', 'xa-tien-thang'];

describeEachDatabase('learning: the demo programmes', { demo: 'no-news' }, (get) => {
	it('gives each centre 15–25 courses, exactly two online ones, and finds them in the catalog typed without accents', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const perCommune = await k.selectFrom('courses').select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('unit_id').execute();
		expect(perCommune).toHaveLength(4);
		for (const key of COMMUNES) {
			const n = Number(perCommune.find((r) => r.unit_id === demoId(key))?.n ?? 0);
			expect(n, key).toBeGreaterThanOrEqual(15);
			expect(n, key).toBeLessThanOrEqual(25);
		}
		const online = await k.selectFrom('courses').select(['id', 'title', 'unit_id', 'completion_json']).where('mode', '=', 'online').orderBy('title').execute();
		expect(online.map((c) => [c.title, c.unit_id])).toEqual([
			['An toàn thông tin cho gia đình', demoId('xa-yen-lang')],
			['Kỹ năng số cơ bản', demoId('xa-quang-minh')]
		]);
		for (const c of online) expect(JSON.parse(c.completion_json)).toEqual({ lessons: true, quiz: true });
		// both online courses are complete: lessons, then a quiz
		for (const c of online) {
			const outline = await s.lessons.lessons(anonymous, c.id);
			expect(outline.total).toBeGreaterThanOrEqual(3);
			expect(outline.items.at(-1)!.kind).toBe('quiz');
		}
		expect((await s.learning.catalog({ q: 'ky nang so', mode: 'online' })).items.map((c) => c.title)).toEqual(['Kỹ năng số cơ bản']);
		const found = await s.learning.catalog({ q: 'ky nang so' });
		expect(found.items.map((c) => c.title)).toContain('Kỹ năng số cơ bản cho người cao tuổi');
		// the words typed together come before the same words scattered ("… cơ sở")
		const together = found.items.findIndex((c) => c.title.startsWith('Kỹ năng số'));
		const scattered = found.items.findIndex((c) => !normalizeVi(c.title).includes('ky nang so'));
		if (scattered >= 0) expect(together).toBeLessThan(scattered);
		// accents typed exactly come first of all
		expect((await s.learning.catalog({ q: 'Kỹ năng số cơ bản' })).items[0]!.title.startsWith('Kỹ năng số cơ bản')).toBe(true);
		// every topic is offered; drafts stay out of the catalog; each centre has one archived course
		const topics = await k.selectFrom('courses').select('topic').distinct().execute();
		expect(topics).toHaveLength(9);
		const archived = await k.selectFrom('courses').select('unit_id').where('status', '=', 'archived').execute();
		expect(archived.map((c) => c.unit_id).sort()).toEqual(COMMUNES.map(demoId).sort());
		expect((await s.learning.catalog({ q: 'tin hoc van phong' })).total).toBe(0); // a draft
	});

	it('holds every session within its class’s dates, and no class beyond its capacity', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const classes = await k.selectFrom('classes').selectAll().execute();
		expect(classes.length).toBeGreaterThan(60);
		const outside = await k
			.selectFrom('class_sessions as s')
			.innerJoin('classes as c', 'c.id', 's.class_id')
			.select(['c.title', 's.date'])
			.where((eb) => eb.or([eb('s.date', '<', eb.ref('c.starts_on')), eb('s.date', '>', eb.ref('c.ends_on'))]))
			.execute();
		expect(outside).toEqual([]);
		const perClass = await k.selectFrom('class_sessions').select(['class_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('class_id').execute();
		expect(perClass).toHaveLength(classes.length);
		for (const p of perClass) expect(Number(p.n)).toBeGreaterThanOrEqual(4);
		for (const p of perClass) expect(Number(p.n)).toBeLessThanOrEqual(16);
		for (const c of classes) {
			expect(Number(c.enrolled_count)).toBeLessThanOrEqual(Number(c.capacity));
			expect(c.ends_on <= '2027-11-30' && c.starts_on >= '2026-10-01').toBe(true);
		}
		// only published in-person and blended courses have classes; the service reads them
		const wrong = await k.selectFrom('classes as c').innerJoin('courses as o', 'o.id', 'c.course_id').select('o.title').where((eb) => eb.or([eb('o.status', '!=', 'published'), eb('o.mode', '=', 'online')])).execute();
		expect(wrong).toEqual([]);
		const one = await s.learning.getClass(anonymous, classes[0]!.id);
		expect(one.sessions.length).toBeGreaterThanOrEqual(4);
	});

	it('places residents of each class’s commune when residents are loaded: counts kept, never beyond capacity, a few full with a waiting list', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const at = get().clock.now().toISOString();
		const villages = (await s.places.tree({})).units.filter((u) => u.level === 'village');
		await transaction(s.db, (trx) => loadDemoResidents(trx, villages, 8_000, at));
		const { enrolled, waiting } = await transaction(s.db, (trx) => enrolDemoResidents(trx, at));
		expect(enrolled).toBeGreaterThan(500);
		const counts = await k
			.selectFrom('classes as c')
			.select(['c.id', 'c.capacity', 'c.enrolled_count'])
			.select(sql<number>`(select count(*) from enrolments e where e.class_id = c.id and e.status = 'enrolled')`.as('places'))
			.select(sql<number>`(select count(*) from enrolments e where e.class_id = c.id and e.status = 'waiting')`.as('waiting'))
			.execute();
		let full = 0;
		for (const c of counts) {
			expect(Number(c.enrolled_count)).toBe(Number(c.places));
			expect(Number(c.places)).toBeLessThanOrEqual(Number(c.capacity));
			expect(Number(c.places)).toBeGreaterThanOrEqual(5);
			if (Number(c.waiting) > 0) {
				full++;
				expect(Number(c.places)).toBe(Number(c.capacity));
				expect(Number(c.waiting)).toBeGreaterThanOrEqual(2);
				expect(Number(c.waiting)).toBeLessThanOrEqual(5);
			}
		}
		expect(full).toBeGreaterThanOrEqual(2);
		expect(counts.reduce((a, c) => a + Number(c.waiting), 0)).toBe(waiting);
		// every learner lives in a village of the course's commune
		const strangers = await k
			.selectFrom('enrolments as e')
			.innerJoin('classes as c', 'c.id', 'e.class_id')
			.innerJoin('courses as o', 'o.id', 'c.course_id')
			.innerJoin('residents as r', 'r.id', 'e.resident_id')
			.select(['e.id'])
			.where(({ not, exists, selectFrom }) =>
				not(exists(selectFrom('unit_links as l').select('l.id').whereRef('l.unit_id', '=', 'r.village_id').whereRef('l.parent_id', '=', 'o.unit_id').where('l.valid_until', 'is', null)))
			)
			.execute();
		expect(strangers).toEqual([]);
	});
});
