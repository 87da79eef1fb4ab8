/**
 * The defects a probing campaign found in the landed build, each checked over HTTP against
 * `node build` on both databases — and, where concurrency breaks an invariant, against two app
 * processes on one PostgreSQL database: a decompression bomb, certificates completed at once,
 * a stranger's guesses against a person's sign-in, a forged class id on the enrol form, an
 * existence oracle for strangers, HSTS, and malformed URLs in the log.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { xlsxBomb } from '../../src/lib/server/testing/xlsx';
import { Client, jsonOf } from './http';
import { freePort, ROOT } from './servers';

const servers = inject('servers');
const twin = inject('twin');
const UNKNOWN = '01900000-0000-7000-8000-000000000000';

const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function unitIdOf(url: string, name: string): Promise<string> {
	return (await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${url}/api/v1/units`))).units.find((u) => u.name === name)!.id;
}

async function villageOf(url: string, commune: string): Promise<string> {
	const d = await jsonOf<{ children: { id: string; level: string }[] }>(await fetch(`${url}/api/v1/units/${await unitIdOf(url, commune)}`));
	return d.children.find((c) => c.level === 'village')!.id;
}

async function centreOf(url: string, name: string): Promise<string> {
	return (await jsonOf<{ items: { id: string; name: string }[] }>(await fetch(`${url}/api/v1/organizations?q=${encodeURIComponent(name)}`))).items.find((o) => o.name === name)!.id;
}

/** Peak resident memory of a process since the last reset, in bytes (Linux /proc). */
function peakRss(pid: number): number {
	const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return Number(m![1]) * 1024;
}
const resetPeak = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/**
 * A published in-person course of the Quang Minh centre with `classes` classes, each of
 * `learners` residents without accounts, all present at the one session held yesterday.
 */
async function classesReady(url: string, manager: Client, tag: string, classes: number, learners: number) {
	const village = await villageOf(url, 'Xã Quang Minh');
	const c = await manager.req('POST', '/api/v1/courses', { orgId: await centreOf(url, 'Trung tâm học tập cộng đồng xã Quang Minh'), title: `Sơ cứu ban đầu ${tag}`, topic: 'health', audience: 'Mọi người', description: 'Thực hành sơ cứu.', mode: 'in_person', expectedHours: 4, status: 'published' });
	expect(c.status).toBe(201);
	const courseId = (await jsonOf<{ id: string }>(c)).id;
	const classIds: string[] = [];
	const enrolmentIds: string[] = [];
	const sessionIds: string[] = [];
	for (let i = 0; i < classes; i++) {
		const k = await manager.req('POST', `/api/v1/courses/${courseId}/classes`, { title: `Lớp ${i + 1}`, venue: 'Nhà văn hóa', teacherName: 'Cô Dạy', capacity: 20, startsOn: day(-2), endsOn: day(10), sessions: [{ date: day(-1), startsAt: '19:00', endsAt: '21:00' }] });
		expect(k.status).toBe(201);
		const classId = (await jsonOf<{ id: string }>(k)).id;
		const places: string[] = [];
		for (let j = 0; j < learners; j++) {
			const p = await manager.req('POST', '/api/v1/people', { fullName: `Học Viên ${tag} ${i} ${j}`, birthDate: '1970-01-01', gender: 'female', villageId: village });
			expect(p.status).toBe(201);
			const e = await manager.req('POST', `/api/v1/classes/${classId}/enrolments`, { personId: (await jsonOf<{ id: string }>(p)).id });
			expect(e.status).toBe(201);
			places.push((await jsonOf<{ enrolmentId: string }>(e)).enrolmentId);
		}
		const sessionId = (await jsonOf<{ sessions: { id: string }[] }>(await manager.req('GET', `/api/v1/classes/${classId}`))).sessions[0]!.id;
		if (places.length) expect((await manager.req('PUT', `/api/v1/sessions/${sessionId}/attendance`, { present: places })).status).toBe(200);
		classIds.push(classId);
		enrolmentIds.push(...places);
		sessionIds.push(sessionId);
	}
	return { courseId, classIds, enrolmentIds, sessionIds };
}

for (const server of servers) {
	const base = server.url;
	describe(`reliability [${server.dialect}]`, () => {
		it('refuses three 2,000 MiB spreadsheet bombs at once with a clear message, the server staying under +300 MB', async () => {
			const officer = new Client(base);
			expect((await officer.signIn('quangminh.canbo')).status).toBe(201);
			const unit = await unitIdOf(base, 'Xã Quang Minh');
			const bombs = [xlsxBomb({ shape: 'whitespace' }), xlsxBomb({ shape: 'wide-cell' }), xlsxBomb({ shape: 'rows' })];
			for (const b of bombs) expect(b.length).toBeLessThan(6 * 2 ** 20);
			const before = rss(server.pid);
			resetPeak(server.pid);
			const answers = await Promise.all(
				bombs.map(async (bytes, i) => {
					const fd = new FormData();
					fd.set('unit', unit);
					fd.set('file', new Blob([new Uint8Array(bytes)]), `danh-sach-${i}.xlsx`);
					const r = await fetch(`${base}/api/v1/imports/people`, { method: 'POST', headers: { origin: base, cookie: officer.cookie!, 'x-forwarded-for': officer.address }, body: fd });
					return { status: r.status, body: await jsonOf<{ code: string; title: string; errors?: Record<string, string> }>(r) };
				})
			);
			const grew = peakRss(server.pid) - before;
			console.info(`[${server.dialect}] three bombs at once: peak RSS ${Math.round(before / 2 ** 20)} → ${Math.round((before + grew) / 2 ** 20)} MiB`);
			for (const a of answers) {
				expect(a.status, JSON.stringify(a.body)).toBe(400);
				expect(a.body.code).toBe('invalid');
				expect(a.body.title + JSON.stringify(a.body.errors ?? {})).toMatch(/quá lớn|quá nhiều dòng/);
			}
			expect(grew, `peak RSS grew by ${Math.round(grew / 2 ** 20)} MiB`).toBeLessThan(300 * 2 ** 20);
			expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
		});

		it('answers a forged class id on the enrol form with 400/404, never 500, and shows a refused enrolment as refused', async () => {
			const resident = new Client(base);
			expect((await resident.signIn('dan.lan')).status).toBe(201);
			const manager = new Client(base);
			await manager.signIn('quangminh.canbo');
			const ready = await classesReady(base, manager, `form-${Date.now()}`, 1, 0);
			const course = { id: ready.courseId, classes: [{ id: ready.classIds[0]! }] };
			const form = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
			for (const classId of ['lớp-một', 'a\r\nSet-Cookie: x=1', '%0d%0a', 'x'.repeat(5000), `${course.classes[0]?.id ?? UNKNOWN}\n`]) {
				const r = await resident.req('POST', `/courses/${course.id}?/enrol`, `classId=${encodeURIComponent(classId)}`, form);
				expect([400, 404], `classId ${JSON.stringify(classId.slice(0, 30))}`).toContain(r.status);
				expect(r.headers.get('location')).toBeNull();
				expect(r.headers.get('set-cookie') ?? '').not.toContain('x=1');
			}
			// a place taken twice: the second is refused, and the page says so instead of "done"
			const open = course.classes[0]!.id;
			await resident.req('POST', `/courses/${course.id}?/enrol`, `classId=${open}`, form);
			const again = await resident.req('POST', `/courses/${course.id}?/enrol`, `classId=${open}`, form);
			expect(again.status).toBe(409);
			expect(again.headers.get('location')).toBeNull();
			const html = await again.text();
			expect(html).not.toContain('courses.done');
			expect(html).toContain('đã có chỗ hoặc đang ở danh sách chờ');
		});

		it('lets the person sign in from home while a stranger guesses from one address', async () => {
			const login = `nguoi.that.${Math.random().toString(36).slice(2, 8)}@example.vn`;
			const signup = await new Client(base).req('POST', '/api/v1/signups', { fullName: 'Người Thật', birthDate: '1970-07-07', gender: 'male', villageId: await villageOf(base, 'Xã Quang Minh'), email: login, password: 'Sông-Hồng-chảy-mãi-2026' });
			expect(signup.status).toBe(201);
			const stranger = new Client(base);
			const codes: number[] = [];
			for (let i = 0; i < 40; i++) codes.push((await stranger.req('POST', '/api/v1/session', { login, password: `doan-${i}-sai-roi` })).status);
			expect(codes.filter((c) => c === 429).length, 'the stranger is slowed down').toBeGreaterThan(25);
			const person = new Client(base);
			expect((await person.req('POST', '/api/v1/session', { login, password: 'Sông-Hồng-chảy-mãi-2026' })).status).toBe(201);
		});

		it('answers a stranger alike for records that exist and records that do not', async () => {
			const admin = new Client(base);
			await admin.signIn('admin');
			const village = await villageOf(base, 'Xã Quang Minh');
			const person = await jsonOf<{ id: string; householdId: string }>(await admin.req('POST', '/api/v1/people', { fullName: 'Đỗ Thị Thật', birthDate: '1980-02-02', gender: 'female', villageId: village }));
			const consent = await admin.req('POST', `/api/v1/people/${person.id}/consents`, { purpose: 'announcements_email', givenBy: 'self', method: 'paper' });
			expect(consent.status).toBe(201);
			const token = await jsonOf<{ id: string }>(await admin.req('POST', '/api/v1/tokens', { name: 'thử' }));
			const surveyAnswer = await admin.req('POST', '/api/v1/surveys', { orgId: await centreOf(base, 'Trung tâm học tập cộng đồng xã Quang Minh'), title: 'Nhu cầu học tập' });
			expect(surveyAnswer.status).toBe(201);
			const survey = (await jsonOf<{ id: string }>(surveyAnswer)).id;
			const ready = await classesReady(base, admin, `la-${Date.now()}`, 1, 1);
			const course = { id: ready.courseId };
			const klass = ready.classIds[0]!;
			const enrolment = { enrolmentId: ready.enrolmentIds[0]! };
			const session = ready.sessionIds[0]!;
			const online = await jsonOf<{ items: { id: string }[] }>(await fetch(`${base}/api/v1/courses?mode=online`));
			const lesson = (await jsonOf<{ items: { id: string }[] }>(await admin.req('GET', `/api/v1/courses/${online.items[0]!.id}/lessons`))).items[0]!.id;
			const news = (await jsonOf<{ items: { id: string }[] }>(await fetch(`${base}/api/v1/news`))).items[0]!.id;
			const org = (await jsonOf<{ items: { id: string }[] }>(await fetch(`${base}/api/v1/organizations`))).items[0]!.id;
			const unit = await unitIdOf(base, 'Xã Quang Minh');
			const real: [string, string][] = [
				['PATCH', `/api/v1/people/${person.id}`],
				['GET', `/api/v1/people/${person.id}`],
				['GET', `/api/v1/people/${person.id}/export`],
				['POST', `/api/v1/people/${person.id}/erasure`],
				['POST', `/api/v1/people/${person.id}/reset-link`],
				['GET', `/api/v1/people/${person.id}/consents`],
				['POST', `/api/v1/people/${person.id}/consents`],
				['GET', `/api/v1/households/${person.householdId}`],
				['DELETE', `/api/v1/tokens/${token.id}`],
				['GET', `/api/v1/surveys/${survey}/results`],
				['POST', `/api/v1/surveys/${survey}/closure`],
				['DELETE', `/api/v1/enrolments/${enrolment.enrolmentId}`],
				['GET', `/api/v1/sessions/${session}/attendance`],
				['PUT', `/api/v1/sessions/${session}/attendance`],
				['POST', `/api/v1/classes/${klass}/completion`],
				['GET', `/api/v1/classes/${klass}/attendance-sheet`],
				['PATCH', `/api/v1/classes/${klass}`],
				['PATCH', `/api/v1/courses/${course.id}`],
				['POST', `/api/v1/courses/${course.id}/classes`],
				['PATCH', `/api/v1/lessons/${lesson}`],
				['DELETE', `/api/v1/lessons/${lesson}`],
				['POST', `/api/v1/lessons/${lesson}/moves`],
				['POST', `/api/v1/lessons/${lesson}/progress`],
				['PATCH', `/api/v1/news/${news}`],
				['DELETE', `/api/v1/news/${news}/cover`],
				['PATCH', `/api/v1/organizations/${org}`],
				['PATCH', `/api/v1/units/${unit}`]
			];
			const stranger = new Client(base);
			const unlike: string[] = [];
			for (const [method, path] of real) {
				const fake = path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, UNKNOWN);
				const body = method === 'GET' || method === 'DELETE' ? undefined : {};
				const a = await stranger.req(method, path, body);
				const b = await stranger.req(method, fake, body);
				if (a.status !== b.status) unlike.push(`${method} ${path.replace(/\/[0-9a-f-]{36}/g, '/{id}')}: ${a.status} for a real id, ${b.status} for an unknown one`);
				expect(a.status, `${method} ${path}`).toBeLessThan(500);
			}
			expect(unlike).toEqual([]);
		});

		it('answers a malformed URL with 400 and keeps stack traces out of the log', async () => {
			for (const p of ['/%FF%FE', '/api/v1/units/%FF%FE', '/courses/%E0%A4%A']) expect((await fetch(base + p)).status).toBe(400);
			await new Promise((r) => setTimeout(r, 200));
			const log = readFileSync(server.logFile, 'utf8');
			expect(log).not.toContain('Failed to decode URI');
			expect(log).not.toMatch(/\n\s+at /);
		});
	});
}

describe('reliability: HSTS', () => {
	it('tells browsers to keep to https when the site is served over https, and not otherwise', async () => {
		const sqlite = servers.find((s) => s.dialect === 'sqlite')!;
		expect((await fetch(sqlite.url + '/')).headers.get('strict-transport-security')).toBeNull();
		// a second process on the same embedded database, published at an https address
		const port = await freePort();
		const child = spawn(process.execPath, [join(ROOT, 'server.js')], { cwd: ROOT, env: { ...process.env, DATABASE_URL: sqlite.databaseUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: 'https://suotdoi.example.vn', SUOTDOI_DEMO: '0', FILES_DIR: join(tmpdir(), `suotdoi-hsts-${port}`) }, stdio: 'ignore' });
		try {
			let r: Response | null = null;
			for (let i = 0; i < 100 && !r; i++) {
				r = await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => null);
				if (!r) await new Promise((ok) => setTimeout(ok, 100));
			}
			expect(r?.status).toBe(200);
			expect(r!.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
		} finally {
			child.kill('SIGTERM');
		}
	});
});

describe('reliability: two app processes on one PostgreSQL database', () => {
	it('issues one certificate per learner when a class is completed six times at once across both processes', async () => {
		expect(twin, 'the two-process servers run with PostgreSQL').not.toBeNull();
		const [a, b] = [twin!.of, twin!.url];
		const managers = [new Client(a), new Client(b)];
		for (const m of managers) expect((await m.signIn('quangminh.canbo')).status).toBe(201);
		const { courseId, classIds } = await classesReady(a, managers[0]!, `hai-tien-trinh-${Date.now()}`, 1, 6);
		const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => managers[i % 2]!.req('POST', `/api/v1/classes/${classIds[0]}/completion`)));
		expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
		const issued = (await Promise.all(answers.map((r) => jsonOf<{ completed: { certificateCode: string | null }[] }>(r)))).flatMap((x) => x.completed.map((c) => c.certificateCode)).filter((c) => c !== null);
		expect(issued).toHaveLength(6);
		// each learner holds one certificate: a code verifies, and the course's book lists six
		for (const code of issued) expect((await fetch(`${b}/api/v1/certificates/${code}/verification`)).status).toBe(200);
		// and completing it again, on either process, issues nothing more
		const later = await jsonOf<{ completed: { certificateCode: string | null }[] }>(await managers[1]!.req('POST', `/api/v1/classes/${classIds[0]}/completion`));
		expect(later.completed.map((c) => c.certificateCode)).toEqual([null, null, null, null, null, null]);
		expect(courseId).toBeTruthy();
	});

	it('numbers the certificates of eight classes completed at once across both processes, without a 500 or a double', async () => {
		expect(twin).not.toBeNull();
		const [a, b] = [twin!.of, twin!.url];
		const managers = [new Client(a), new Client(b)];
		for (const m of managers) expect((await m.signIn('quangminh.canbo')).status).toBe(201);
		const { classIds } = await classesReady(a, managers[0]!, `tam-lop-${Date.now()}`, 8, 2);
		const answers = await Promise.all(classIds.map((id, i) => managers[i % 2]!.req('POST', `/api/v1/classes/${id}/completion`)));
		expect(answers.map((r) => r.status)).toEqual(classIds.map(() => 200));
		const codes = (await Promise.all(answers.map((r) => jsonOf<{ completed: { certificateCode: string | null }[] }>(r)))).flatMap((x) => x.completed.map((c) => c.certificateCode!));
		expect(codes).toHaveLength(16);
		const numbers = await Promise.all(codes.map(async (c) => (await jsonOf<{ number: string }>(await fetch(`${b}/api/v1/certificates/${c}/verification`))).number));
		expect(new Set(numbers).size).toBe(16);
	});

	it('pays exactly the fund disbursements that fit when fifty arrive at once through both processes, and no route of the API changes or removes an entry', async () => {
		expect(twin).not.toBeNull();
		const [a, b] = [twin!.of, twin!.url];
		const officers = [new Client(a), new Client(b)];
		for (const o of officers) expect((await o.signIn('melinh.khuyenhoc')).status).toBe(201);
		const unitId = await unitIdOf(a, 'Xã Mê Linh');
		const made = await officers[0]!.req('POST', '/api/v1/funds', { name: `Quỹ khuyến học hai tiến trình ${Date.now()}`, ownerKind: 'association_branch', unitId });
		expect(made.status).toBe(201);
		const fund = await jsonOf<{ id: string }>(made);
		const gift = await officers[1]!.req('POST', `/api/v1/funds/${fund.id}/donations`, { amount: '10.000.000', method: 'cash', donorKind: 'person', donorName: 'Bà Trần Thị Thảo', receivedOn: day(-1) });
		expect(gift.status).toBe(201);
		const giftId = (await jsonOf<{ id: string }>(gift)).id;
		const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => officers[i % 2]!.req('POST', `/api/v1/funds/${fund.id}/disbursements`, { amount: 1_500_000, purpose: 'scholarship', payeeName: `Học sinh ${i + 1}`, paidOn: day(0) })));
		const statuses = answers.map((r) => r.status);
		expect(statuses.filter((x) => x === 201)).toHaveLength(6);
		expect(statuses.filter((x) => x === 409)).toHaveLength(44);
		expect(await jsonOf(await officers[1]!.req('GET', `/api/v1/funds/${fund.id}`))).toMatchObject({ balance: 1_000_000, entries: 7 });

		// no route of the API, on either process, changes or removes what is written: every path of
		// the OpenAPI document, its ids filled with this fund's, this entry's and its receipt's, asked
		// with every method that writes and a body that tries to change an amount
		const book = async () => Promise.all(officers.map(async (o) => jsonOf<{ items: { id: string; receipt: { code: string } | null }[] }>(await o.req('GET', `/api/v1/funds/${fund.id}/entries`))));
		const before = await book();
		const code = before[0]!.items.find((e) => e.id === giftId)!.receipt!.code;
		const doc = await jsonOf<{ paths: Record<string, Record<string, unknown>> }>(await officers[0]!.req('GET', '/api/v1/openapi.json'));
		// (not the officers' own sign-in: signing out would make every later answer a 401)
		const paths = Object.keys(doc.paths).filter((p) => !/^\/(session|sessions|tokens|password-resets|me)(\/|$)/.test(p)).flatMap((p) => (p.includes('{') ? [fund.id, giftId].map((id) => p.replace(/\{(id|fundId)\}/g, id).replace('{code}', code)) : [p]));
		expect(paths.length).toBeGreaterThan(50);
		let tried = 0;
		for (const path of paths)
			for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
				const r = await officers[tried++ % 2]!.req(method, `/api/v1${path}`, method === 'DELETE' ? undefined : { amount: 1, delta: -9_999_999, seq: 1, hash: '0', kind: 'donation' });
				expect(r.status, `${method} ${path}`).toBeLessThan(500);
			}
		expect(await book()).toEqual(before);
		expect(await jsonOf(await officers[1]!.req('GET', `/api/v1/funds/${fund.id}`))).toMatchObject({ balance: 1_000_000, entries: 7 });
	});
});