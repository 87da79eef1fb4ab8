import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { normalizeVi } from '../../platform/text';
import { transaction } from '../../platform/db';
import { anonymous, authAs } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { linkDemoAccount, loadDemoResidents } from '../people/demo/residents';
import { demoId } from '../places/demo/load';
import { enrolDemoResidents } from './demo/load';
import { certificateNumber } from './lessons.rules';
import { poppler, run, squash } from '../../testing/poppler';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
		// as the seed does: dan.lan's account linked to her record in Quang Minh
		const admin = await authAs(s, 'admin');
		const qmVillages = (await s.places.getUnit(demoId('xa-quang-minh'))).children.filter((c) => c.level === 'village');
		const lan = await s.people.create(admin, { fullName: 'Nguyễn Thị Lan', birthDate: '1986-05-12', gender: 'female', villageId: qmVillages[0]!.id, phone: '0912 345 001' });
		await linkDemoAccount(k, lan.id, (await authAs(s, 'dan.lan')).actor!.accountId);
		const { enrolled, waiting, marks, present, certificates } = await transaction(s.db, (trx) => enrolDemoResidents(trx, at));
		expect(enrolled).toBeGreaterThan(500);
		expect(marks).toBeGreaterThan(500);
		expect(present / marks).toBeGreaterThan(0.78);
		expect(present / marks).toBeLessThan(0.92);
		expect(certificates).toBeGreaterThanOrEqual(25);
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

	it('marks attendance for the sessions held by today and none later, and closes the classes over as completeClass would', async () => {
		const s = get().services;
		const k = s.db.kysely;
		const today = get().clock.now().toISOString().slice(0, 10);
		// every session held has a mark for every learner with a place, none for anyone else; later sessions have none
		const sheets = await k
			.selectFrom('class_sessions as s')
			.select(['s.id', 's.date', 's.class_id'])
			.select(sql<number>`(select count(*) from attendance a where a.session_id = s.id)`.as('marks'))
			.select(sql<number>`(select count(*) from attendance a inner join enrolments e on e.id = a.enrolment_id where a.session_id = s.id and e.status = 'enrolled' and e.class_id = s.class_id)`.as('learners_marked'))
			.select(sql<number>`(select count(*) from enrolments e where e.class_id = s.class_id and e.status = 'enrolled')`.as('places'))
			.execute();
		const held = sheets.filter((x) => x.date <= today);
		expect(held.length).toBeGreaterThanOrEqual(40);
		expect(sheets.length - held.length).toBeGreaterThan(300);
		for (const x of held) {
			expect(Number(x.marks), x.date).toBe(Number(x.places));
			expect(Number(x.learners_marked)).toBe(Number(x.places));
		}
		expect(sheets.filter((x) => x.date > today && Number(x.marks) > 0)).toEqual([]);
		// the classes over: the five begun in October 2026, one per organiser's book
		const over = await k.selectFrom('classes as c').innerJoin('courses as o', 'o.id', 'c.course_id').select(['c.id', 'c.ends_on', 'o.id as course_id', 'o.org_id', 'o.completion_json', 'o.expected_hours']).where('c.ends_on', '<', today).execute();
		expect(over).toHaveLength(5);
		const certs = await k.selectFrom('certificates as c').innerJoin('organizations as g', 'g.id', 'c.org_id').selectAll('c').select('g.name as org_name').orderBy('c.org_id').orderBy('c.year').orderBy('c.seq').execute();
		expect(certs.length).toBeGreaterThanOrEqual(25);
		expect(new Set(certs.map((c) => c.code)).size).toBe(certs.length);
		// numbers NNN/YYYY/GCN-<initials>, 1..n in each organiser's book for the year, without gaps
		const books = new Map<string, number[]>();
		for (const c of certs) {
			expect(c.number).toMatch(/^\d{3}\/\d{4}\/GCN-\p{Lu}+$/u);
			expect(c.number).toBe(certificateNumber(Number(c.seq), Number(c.year), c.org_name));
			expect(c.code).toMatch(/^[A-Za-z0-9_-]{16}$/);
			const key = `${c.org_id} ${c.year}`;
			books.set(key, [...(books.get(key) ?? []), Number(c.seq)]);
		}
		expect(books.size).toBe(5);
		for (const seqs of books.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
		// each holder attended at least the course's share of the sessions of a class over; dated after it, for its hours
		for (const c of certs) {
			const klass = over.find((x) => x.course_id === c.course_id)!;
			expect(klass).toBeDefined();
			expect(c.issued_on > klass.ends_on && c.issued_on <= today).toBe(true);
			expect(Number(c.hours)).toBe(Number(klass.expected_hours));
			const rule = Number((JSON.parse(klass.completion_json) as { attendance?: number }).attendance ?? 0.8);
			const e = await k.selectFrom('enrolments').select(['id', 'learner_name']).where('class_id', '=', klass.id).where('resident_id', '=', c.resident_id!).where('status', '=', 'enrolled').executeTakeFirstOrThrow();
			expect(c.learner_name).toBe(e.learner_name);
			const came = await k.selectFrom('attendance').select((eb) => eb.fn.countAll<number>().as('n')).where('enrolment_id', '=', e.id).where('present', '=', 1).executeTakeFirstOrThrow();
			const sessions = await k.selectFrom('class_sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('class_id', '=', klass.id).executeTakeFirstOrThrow();
			expect(Number(came.n) / Number(sessions.n)).toBeGreaterThanOrEqual(rule);
		}
		const completions = await k.selectFrom('completions').select(['id', 'course_id', 'hours']).execute();
		expect(completions).toHaveLength(certs.length);
		expect(new Set(certs.map((c) => c.completion_id))).toEqual(new Set(completions.map((m) => m.id)));
		// closing a class over again issues nothing more: the demo issued what completeClass would; some fell short
		const admin = await authAs(s, 'admin');
		let short = 0;
		for (const klass of over) {
			const r = await s.credentials.completeClass(admin, klass.id);
			expect(r.completed.map((x) => x.certificateCode)).toEqual(r.completed.map(() => null));
			expect(r.completed).toHaveLength(certs.filter((c) => c.course_id === klass.course_id).length);
			short += r.short.length;
		}
		expect(short).toBeGreaterThan(0);
		expect(await k.selectFrom('certificates').select('id').execute()).toHaveLength(certs.length);
		// anyone can verify one; dan.lan's learning record lists hers
		const one = certs[0]!;
		expect(await s.credentials.verify(one.code)).toMatchObject({ valid: true, number: one.number, learnerName: one.learner_name });
		const lan = await authAs(s, 'dan.lan');
		const record = await s.credentials.record(lan);
		expect(record.certificates.length).toBeGreaterThanOrEqual(1);
		expect(record.certificates[0]).toMatchObject({ revoked: false });
		expect(record.certificates[0]!.number).toMatch(/^\d{3}\/2026\/GCN-/);
		expect(record.hours).toBeGreaterThan(0);
		const mine = certs.find((c) => c.code === record.certificates[0]!.code)!;
		expect(mine).toMatchObject({ account_id: lan.actor!.accountId, learner_name: 'Nguyễn Thị Lan' });
		expect(await s.credentials.verify(mine.code)).toMatchObject({ valid: true, learnerName: 'Nguyễn Thị Lan' });
	});

	it('holds a PDF handout among the online lessons, readable in Vietnamese once the lessons before it are done', async () => {
		const s = get().services;
		const courseId = demoId('course:yl-an-toan-thong-tin');
		const admin = await authAs(s, 'admin');
		const outline = await s.lessons.manageLessons(admin, courseId);
		expect(outline.lessons.map((l) => l.kind)).toEqual(['text', 'text', 'pdf', 'quiz']);
		const pdf = outline.lessons[2]!;
		expect(pdf.fileName).toBe('so-tay-an-toan-thong-tin.pdf');
		const media = await s.lessons.media(admin, pdf.id);
		expect(media.type).toBe('application/pdf');
		const bytes = new Uint8Array(await new Response(media.file.read(0, media.file.size - 1)).arrayBuffer());
		expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
		if (poppler.pdftotext) {
			const dir = mkdtempSync(join(tmpdir(), 'handout-'));
			writeFileSync(join(dir, 'h.pdf'), bytes);
			const text = squash(run(poppler.pdftotext, ['-enc', 'UTF-8', join(dir, 'h.pdf'), '-']));
			expect(text).toContain('Mười điều giữ an toàn thông tin cho cả nhà');
			expect(text).toContain('Không bao giờ đọc mã OTP cho bất kỳ ai');
		} else expect(process.env.CI, 'pdftotext (poppler-utils) is needed in CI').not.toBe('true');
	});
});
