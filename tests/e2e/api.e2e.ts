/**
 * The HTTP contract against the built server, on SQLite and on PostgreSQL: health, sessions,
 * scope (404), CSRF, tokens, problem+json for bad input, headers and limits.
 */
import { describe, expect, inject, it } from 'vitest';
import { Client, jsonOf, rawPost } from './http';
import { until } from '../../src/lib/server/testing/until';

const servers = inject('servers');

for (const server of servers) {
	describe(`API v1 [${server.dialect}]`, () => {
		const base = server.url;

		async function orgId(name: string): Promise<string> {
			const r = await jsonOf<{ items: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/organizations?q=${encodeURIComponent(name)}`));
			const o = r.items.find((x) => x.name === name);
			if (!o) throw new Error(`no organisation ${name}`);
			return o.id;
		}
		async function unitId(name: string, at?: string): Promise<string> {
			const r = await jsonOf<{ units: { id: string; name: string; level: string }[] }>(await fetch(`${base}/api/v1/units${at ? `?at=${at}` : ''}`));
			return r.units.find((u) => u.name === name)!.id;
		}

		it('answers health with the database kind', async () => {
			const r = await fetch(`${base}/api/v1/health`);
			expect(r.status).toBe(200);
			expect(await r.json()).toEqual({ status: 'ok', database: server.dialect });
		});

		it('serves the tree as of a date and a unit by id; bad input is a problem with a field message', async () => {
			const before = await jsonOf<{ units: { level: string }[]; asOf: string }>(await fetch(`${base}/api/v1/units?at=2024-12-31`));
			expect(before.asOf).toBe('2024-12-31');
			expect(before.units.filter((u) => u.level === 'commune')).toHaveLength(18);
			const after = await jsonOf<{ units: { level: string }[] }>(await fetch(`${base}/api/v1/units?at=2025-07-01`));
			expect(after.units.filter((u) => u.level === 'commune')).toHaveLength(4);
			const qm = await unitId('Xã Quang Minh');
			const unit = await jsonOf<{ name: string; children: unknown[]; lineage: unknown[] }>(await fetch(`${base}/api/v1/units/${qm}`));
			expect(unit.name).toBe('Xã Quang Minh');
			expect(unit.lineage.length).toBeGreaterThan(3);
			for (const bad of ['?at=2025-02-30', '?at=hôm-nay', '?at=']) {
				const r = await fetch(`${base}/api/v1/units${bad}`);
				expect(r.status, bad).toBe(400);
				expect(r.headers.get('content-type')).toContain('application/problem+json');
				expect((await jsonOf<{ errors: Record<string, string> }>(r)).errors.at).toMatch(/Ngày chưa đúng/);
			}
			expect((await fetch(`${base}/api/v1/units/not-a-unit`)).status).toBe(404);
			const en = await fetch(`${base}/api/v1/units?at=x&lang=en`);
			expect((await jsonOf<{ errors: Record<string, string> }>(en)).errors.at).toMatch(/Not a valid date/);
		});

		it('lists organisations under a unit', async () => {
			const ylId = await unitId('Xã Yên Lãng');
			const r = await jsonOf<{ items: { unitName: string; kind: string }[]; total: number }>(await fetch(`${base}/api/v1/organizations?unit=${ylId}`));
			expect(r.total).toBeGreaterThan(3);
			expect(r.items.some((o) => o.kind === 'learning_centre')).toBe(true);
			expect((await fetch(`${base}/api/v1/organizations?unit=nope`)).status).toBe(400);
			expect((await fetch(`${base}/api/v1/organizations?kind=castle`)).status).toBe(400);
			expect((await fetch(`${base}/api/v1/organizations?page=0`)).status).toBe(400);
		});

		it('signs in with a cookie that is HttpOnly and SameSite=Lax, and signs out', async () => {
			const c = new Client(base);
			const r = await c.signIn('quangminh.canbo');
			expect(r.status).toBe(201);
			const set = r.headers.getSetCookie().join('; ');
			expect(set).toMatch(/HttpOnly/i);
			expect(set).toMatch(/SameSite=Lax/i);
			expect(set).not.toMatch(/Secure/i); // plain http locally; Secure behind https
			expect((await c.req('GET', '/api/v1/me')).status).toBe(200);
			const saved = c.cookie;
			expect((await c.req('DELETE', '/api/v1/session')).status).toBe(204);
			// the old cookie is dead at once
			expect((await c.req('GET', '/api/v1/me', undefined, { cookie: saved! })).status).toBe(401);
		});

		it('refuses bad sign-in input and wrong passwords with field messages', async () => {
			const c = new Client(base);
			const cases: [unknown, number, string][] = [
				[{}, 400, 'login'],
				[{ login: 'admin' }, 400, 'password'],
				[{ login: 'admin', password: 'sai-mat-khau' }, 400, 'password'],
				[{ login: 'khong.ton.tai', password: 'x' }, 400, 'password'],
				[{ login: 'a'.repeat(500), password: 'x' }, 400, 'login']
			];
			for (const [body, status, field] of cases) {
				const r = await c.req('POST', '/api/v1/session', body);
				expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(status);
				expect(Object.keys((await jsonOf<{ errors: Record<string, string> }>(r)).errors)).toContain(field);
			}
			const notJson = await c.req('POST', '/api/v1/session', 'login=admin', { 'content-type': 'application/x-www-form-urlencoded' });
			expect(notJson.status).toBeGreaterThanOrEqual(400);
			expect(notJson.status).toBeLessThan(500);
			const broken = await c.req('POST', '/api/v1/session', '{"login":', { 'content-type': 'application/json' });
			expect(broken.status).toBe(400);
		});

		it('keeps a Quang Minh officer out of Yên Lãng: 404 on read, change and create, and nothing changes', async () => {
			const c = new Client(base);
			await c.signIn('quangminh.canbo');
			const yl = await orgId('Trung tâm học tập cộng đồng xã Yên Lãng');
			const qm = await orgId('Trung tâm học tập cộng đồng xã Quang Minh');
			const patch = await c.req('PATCH', `/api/v1/organizations/${yl}`, { name: 'Đã bị sửa' });
			expect(patch.status).toBe(404);
			expect(patch.headers.get('content-type')).toContain('application/problem+json');
			const ylUnit = await unitId('Xã Yên Lãng');
			expect((await c.req('POST', '/api/v1/organizations', { name: 'Trường lạ', kind: 'school', unitId: ylUnit })).status).toBe(404);
			expect((await c.req('PATCH', `/api/v1/units/${ylUnit}`, { name: 'Xã Lạ' })).status).toBe(404);
			expect((await c.req('GET', `/console/organizations/${yl}`)).status).toBe(404);
			expect((await jsonOf<{ name: string }>(await fetch(`${base}/api/v1/organizations/${yl}`))).name).toBe('Trung tâm học tập cộng đồng xã Yên Lãng');
			// its own centre it may change
			const ok = await c.req('PATCH', `/api/v1/organizations/${qm}`, { phone: '0243 888 999' });
			expect(ok.status).toBe(200);
			expect((await jsonOf<{ phone: string }>(ok)).phone).toBe('0243 888 999');
			// and bad input there is a field message, not a 500
			const bad = await c.req('PATCH', `/api/v1/organizations/${qm}`, { email: 'không-phải-thư', kind: 'castle', name: '' });
			expect(bad.status).toBe(400);
			expect(Object.keys((await jsonOf<{ errors: Record<string, string> }>(bad)).errors).sort()).toEqual(['email', 'kind', 'name']);
		});

		it('answers 401 to writes without a session and 403 to cross-site cookie writes', async () => {
			const qm = await orgId('Trung tâm học tập cộng đồng xã Quang Minh');
			const anon = new Client(base);
			expect((await anon.req('PATCH', `/api/v1/organizations/${qm}`, { name: 'x' })).status).toBe(401);
			expect((await anon.req('GET', '/api/v1/me')).status).toBe(401);
			expect((await anon.req('GET', '/api/v1/tokens')).status).toBe(401);
			expect((await anon.req('GET', '/api/v1/audit')).status).toBe(401);
			const c = new Client(base);
			await c.signIn('quangminh.canbo');
			const cross = await c.req('PATCH', `/api/v1/organizations/${qm}`, { name: 'x' }, { origin: 'http://evil.example' });
			expect(cross.status).toBe(403);
			const noOrigin = await fetch(`${base}/api/v1/organizations/${qm}`, { method: 'PATCH', headers: { cookie: c.cookie!, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: '{"name":"x"}' });
			expect(noOrigin.status).toBe(403);
		});

		it('issues a personal access token that works as Bearer and stops at once when revoked', async () => {
			const c = new Client(base);
			await c.signIn('yenlang.canbo');
			const made = await c.req('POST', '/api/v1/tokens', { name: 'Tích hợp thử' });
			expect(made.status).toBe(201);
			const { id, token } = await jsonOf<{ id: string; token: string }>(made);
			expect(token).toMatch(/^sd_/);
			const list = await jsonOf<{ items: Record<string, unknown>[] }>(await c.req('GET', '/api/v1/tokens'));
			expect(JSON.stringify(list)).not.toContain(token);
			const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
			expect((await jsonOf<{ login: string }>(me)).login).toBe('yenlang.canbo');
			// a bearer call needs no Origin (no cookie rides along)
			const yl = await orgId('Trung tâm học tập cộng đồng xã Yên Lãng');
			const w = await fetch(`${base}/api/v1/organizations/${yl}`, { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ address: 'Thôn Trung tâm' }) });
			expect(w.status).toBe(200);
			expect((await c.req('DELETE', `/api/v1/tokens/${id}`)).status).toBe(204);
			expect((await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
			expect((await fetch(`${base}/api/v1/me`, { headers: { authorization: 'Bearer sd_wrong' } })).status).toBe(401);
			expect((await c.req('POST', '/api/v1/tokens', { name: '' })).status).toBe(400);
			expect((await c.req('DELETE', '/api/v1/tokens/00000000-0000-7000-8000-000000000000')).status).toBe(404);
		});

		it('sends security headers and refuses oversized bodies', async () => {
			const page = await fetch(`${base}/`);
			const csp = page.headers.get('content-security-policy') ?? '';
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toMatch(/script-src 'self'/);
			const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc).not.toContain('unsafe-inline');
			expect(scriptSrc).not.toContain('unsafe-eval');
			expect(page.headers.get('x-content-type-options')).toBe('nosniff');
			expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			const api = await fetch(`${base}/api/v1/health`);
			expect(api.headers.get('x-content-type-options')).toBe('nosniff');
			const c = new Client(base);
			await c.signIn('admin');
			// on a connection of its own: the server answers before reading the body, so that
			// connection is not fit for reuse by the requests that follow
			const big = await rawPost(`${base}/api/v1/organizations`, { cookie: c.cookie!, origin: base, 'content-type': 'application/json' }, JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }));
			expect(big.status).toBe(413);
			expect(big.body).toContain('payload_too_large');
		});

		it('never redirects away from the site after switching language or signing in', async () => {
			for (const next of ['//evil.example/', '/%09/evil.example/', '/%5Cevil.example', 'https://evil.example', '/%0Ax'])
				for (const path of [`/lang?to=en&next=${next}`]) {
					const r = await fetch(base + path, { redirect: 'manual' });
					expect(r.status, next).toBe(303);
					expect(r.headers.get('location'), next).toBe('/');
				}
			const ok = await fetch(`${base}/lang?to=vi&next=%2Fconsole%2Funits%3Fat%3D2025-07-01`, { redirect: 'manual' });
			expect(ok.headers.get('location')).toBe('/console/units?at=2025-07-01');
		});

		it('answers unknown API paths with a JSON 404', async () => {
			const r = await fetch(`${base}/api/v1/khong-co`);
			expect(r.status).toBe(404);
			expect(r.headers.get('content-type')).toContain('application/problem+json');
		});

		it('lets administrators and auditors read the audit log as JSON and CSV, and nobody else', async () => {
			const officer = new Client(base);
			await officer.signIn('quangminh.canbo');
			expect((await officer.req('GET', '/api/v1/audit')).status).toBe(403);
			const auditor = new Client(base);
			await auditor.signIn('kiemtoan');
			const log = await jsonOf<{ rows: { action: string }[]; total: number }>(await auditor.req('GET', '/api/v1/audit?action=session.sign_in'));
			expect(log.total).toBeGreaterThan(0);
			expect(log.rows.every((r) => r.action === 'session.sign_in')).toBe(true);
			// the whole log is an export built in the background: asked for, followed, downloaded by its requester only
			const asked = await auditor.req('POST', '/api/v1/exports', { kind: 'audit', filters: { action: 'session.sign_in' } });
			expect(asked.status).toBe(202);
			const { id } = await jsonOf<{ id: string }>(asked);
			let state = { status: 'queued', download: null as string | null };
			await until(async () => (state = await jsonOf(await auditor.req('GET', `/api/v1/exports/${id}`))).status === 'done');
			expect((await officer.req('GET', `/api/v1/exports/${id}`)).status).toBe(404);
			expect((await officer.req('GET', `/api/v1/exports/${id}/file`)).status).toBe(404);
			expect((await fetch(`${base}/api/v1/exports/${id}/file`)).status).toBe(401);
			expect((await officer.req('POST', '/api/v1/exports', { kind: 'audit' })).status).toBe(403);
			expect((await auditor.req('POST', '/api/v1/exports', { kind: 'audit', filters: { from: '2026-13-01' } })).status).toBe(400);
			const csv = await auditor.req('GET', state.download!);
			expect(csv.headers.get('content-type')).toContain('text/csv');
			expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="nhat-ky-hoat-dong-\d{8}-\d{4}\.csv"/);
			const bytes = Buffer.from(await csv.arrayBuffer());
			expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads Vietnamese right
			expect(bytes.subarray(3).toString('utf8').startsWith('at,actor_label,action')).toBe(true);
			expect((await auditor.req('GET', '/api/v1/audit?from=2026-13-01')).status).toBe(400);
		});

		it('publishes an OpenAPI 3.1 document generated from the request schemas', async () => {
			const doc = await jsonOf<{ openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> }>(await fetch(`${base}/api/v1/openapi.json`));
			expect(doc.openapi).toBe('3.1.0');
			for (const p of ['/health', '/session', '/units', '/units/{id}', '/organizations', '/organizations/{id}', '/tokens', '/me', '/audit', '/news', '/news/{id}']) expect(Object.keys(doc.paths), p).toContain(p);
			const orgBody = doc.paths['/organizations']!.post!.requestBody!.content['application/json']!.schema;
			expect(Object.keys(orgBody.properties ?? {})).toEqual(expect.arrayContaining(['name', 'kind', 'unitId']));
		});

		it('never answers 500 to garbage, on any endpoint, signed in or not', async () => {
			const c = new Client(base);
			await c.signIn('admin');
			const qm = await orgId('Trung tâm học tập cộng đồng xã Quang Minh');
			const unit = await unitId('Xã Quang Minh');
			const bodies: unknown[] = [null, 42, 'chuỗi', [], [1, 2], { a: { b: { c: [] } } }, { name: null, kind: 7 }, { name: '\u0000', unitId: "'; drop table accounts; --" }, { login: {}, password: [] }, { at: '9999-99-99' }, { validFrom: '2025-02-29', parentId: unit, name: 'x', level: 'village', kind: 'Thôn' }];
			const targets: [string, string][] = [
				['POST', '/api/v1/session'],
				['POST', '/api/v1/organizations'],
				['PATCH', `/api/v1/organizations/${qm}`],
				['POST', '/api/v1/units'],
				['PATCH', `/api/v1/units/${unit}`],
				['POST', '/api/v1/tokens'],
				['POST', '/api/v1/news'],
				['POST', '/api/v1/news/preview']
			];
			for (const [method, path] of targets)
				for (const body of bodies) {
					const r = await c.req(method, path, JSON.stringify(body));
					expect(r.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
					if (r.status >= 400) expect(r.headers.get('content-type')).toContain('application/problem+json');
				}
			for (const q of ['?at=%00', '?at=2025-07-01&at=x', '?unit=%27', '?page=-1', '?page=1e9', '?q=' + 'x'.repeat(500), '?kind[]=x'])
				for (const path of ['/api/v1/units', '/api/v1/organizations', '/api/v1/audit', '/api/v1/news']) {
					const r = await c.req('GET', path + q);
					expect(r.status, path + q).toBeLessThan(500);
				}
			// NUL cannot be stored by PostgreSQL: it must be refused before it reaches the database
			expect((await c.req('POST', '/api/v1/session', '{"login":"a\\u0000b","password":"x"}')).status).toBe(400);
			expect((await c.req('POST', '/api/v1/organizations', JSON.stringify({ name: 'Tên\u0000lạ', kind: 'school', unitId: unit }))).status).toBe(400);
			for (const form of ['garbage', '--zzz\r\nContent-Disposition: form-data; name="login"\r\n\r\nx'])
				for (const path of ['/sign-in', '/account/security?/token']) {
					const r = await c.req('POST', path, form, { 'content-type': 'multipart/form-data; boundary=zzz' });
					expect(r.status, `multipart ${path}`).toBeLessThan(500);
				}
			for (const path of ['/api/v1/units/%27', '/api/v1/units/%00', '/api/v1/organizations/a%00', `/api/v1/units/${'9'.repeat(300)}`, '/api/v1/organizations/..%2F..', '/api/v1/tokens/x', '/api/v1/tokens/%00'])
				for (const method of ['GET', 'PATCH', 'DELETE']) {
					const r = await c.req(method, path, method === 'GET' ? undefined : '{}');
					expect(r.status, `${method} ${path}`).toBeLessThan(500);
				}
			// and the console forms
			for (const path of [`/console/organizations/${qm}?/update`, '/console/organizations?/create', `/console/units/${unit}?/update`, `/console/units/${unit}?/child`, '/console/accounts?/create', '/account/security?/password', '/account/security?/token', '/account/security?/revoke', '/account/data?/correct', '/account?/resend', '/console/exports?/create', '/console/classes/00000000-0000-4000-8000-000000000000?/enrol', '/console/classes/00000000-0000-4000-8000-000000000000?/complete', '/console/classes/00000000-0000-4000-8000-000000000000?/revoke', '/sign-in', '/setup'])
				for (const form of ['', 'name=&kind=castle&unitId=%27&email=x&validUntil=2025-13-01&population=-1', `name=${'x'.repeat(5000)}&level=planet`]) {
					const r = await c.req('POST', path, form, { 'content-type': 'application/x-www-form-urlencoded' });
					expect(r.status, `POST ${path} ${form.slice(0, 30)}`).toBeLessThan(500);
				}
		});
	});
}
