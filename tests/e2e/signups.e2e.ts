/**
 * Residents' own accounts over HTTP on both databases: sign-up, the officers' queue in scope,
 * the resident's own record, password resets. (The emailed confirmation over a real SMTP
 * exchange is tested at the service level: src/lib/server/core/people/signups.db.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { Client, jsonOf } from './http';

const servers = inject('servers');

async function villageOf(base: string, commune: string): Promise<string> {
	const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/units`));
	const id = units.units.find((u) => u.name === commune)!.id;
	return (await jsonOf<{ children: { id: string }[] }>(await fetch(`${base}/api/v1/units/${id}`))).children[0]!.id;
}

for (const server of servers) {
	describe(`sign-ups API [${server.dialect}]`, () => {
		it('queues a phone sign-up for the commune officer in scope, who links it; then the resident sees and corrects their record', async () => {
			const tag = `${server.dialect === 'sqlite' ? 'Sa' : 'Po'}${Date.now() % 100000}`;
			const phone = `09${String(Date.now()).slice(-8)}`;
			const village = await villageOf(server.url, 'Xã Quang Minh');
			const qm = new Client(server.url);
			await qm.signIn('quangminh.canbo');
			const rec = await jsonOf<{ id: string }>(await qm.req('POST', '/api/v1/people', { fullName: `Hà Văn ${tag}`, birthDate: '1988-08-08', gender: 'male', villageId: village }));

			const anon = new Client(server.url);
			const bad = await anon.req('POST', '/api/v1/signups', { fullName: '', birthDate: '2099-01-01', gender: 'x', villageId: village, password: 'x' });
			expect(bad.status).toBe(400);
			expect(Object.keys((await jsonOf<{ errors: Record<string, string> }>(bad)).errors).sort()).toEqual(['fullName', 'gender']);
			const noContact = await anon.req('POST', '/api/v1/signups', { fullName: `Hà Văn ${tag}`, birthDate: '1988-08-08', gender: 'male', villageId: village, password: 'ha-van-hoc-2026' });
			expect((await jsonOf<{ errors: Record<string, string> }>(noContact)).errors.email).toMatch(/số điện thoại hoặc thư điện tử/);
			const made = await anon.req('POST', '/api/v1/signups', { fullName: `Ha Van ${tag}`, birthDate: '1988-08-08', gender: 'male', villageId: village, phone, password: 'ha-van-hoc-2026' });
			expect(made.status).toBe(201);
			const up = await jsonOf<{ signupId: string; status: string; login: string }>(made);
			expect(up).toMatchObject({ status: 'queued', login: phone });
			expect((await anon.req('POST', '/api/v1/signups', { fullName: 'Khác', birthDate: '1990-01-01', gender: 'male', villageId: village, phone, password: 'ha-van-hoc-2026' })).status).toBe(400);

			// the resident signs in with the phone; no registry data until linked
			const me = new Client(server.url);
			expect((await me.signIn(phone, 'ha-van-hoc-2026')).status).toBe(201);
			expect(await jsonOf(await me.req('GET', '/api/v1/me/resident'))).toMatchObject({ resident: null, signup: { status: 'queued' } });
			expect((await me.req('GET', '/api/v1/people')).status).toBe(403);
			expect((await me.req('GET', '/api/v1/me/resident/export')).status).toBe(404);
			expect((await me.req('GET', '/api/v1/signups')).status).toBe(403);

			// the queue: Quang Minh sees it, Yên Lãng neither sees nor resolves it
			expect((await new Client(server.url).req('GET', '/api/v1/signups')).status).toBe(401);
			const yl = new Client(server.url);
			await yl.signIn('yenlang.canbo');
			expect((await jsonOf<{ items: { id: string }[] }>(await yl.req('GET', '/api/v1/signups'))).items.map((x) => x.id)).not.toContain(up.signupId);
			expect((await yl.req('GET', `/api/v1/signups/${up.signupId}`)).status).toBe(404);
			expect((await yl.req('POST', `/api/v1/signups/${up.signupId}/link`, { residentId: rec.id })).status).toBe(404);
			expect((await jsonOf<{ items: { id: string }[] }>(await qm.req('GET', '/api/v1/signups?page=1'))).items.map((x) => x.id)).toContain(up.signupId);
			const detail = await jsonOf<{ candidates: { id: string; exact: boolean }[] }>(await qm.req('GET', `/api/v1/signups/${up.signupId}`));
			expect(detail.candidates).toEqual([expect.objectContaining({ id: rec.id, exact: true })]);
			expect((await qm.req('POST', `/api/v1/signups/${up.signupId}/link`, { residentId: 'nope' })).status).toBe(400);
			expect((await qm.req('POST', `/api/v1/signups/${up.signupId}/link`, { residentId: rec.id })).status).toBe(200);
			expect((await qm.req('POST', `/api/v1/signups/${up.signupId}/refusal`, { reason: 'Quá muộn' })).status).toBe(409);

			// linked: the resident reads, corrects and downloads their own record
			const mine = await jsonOf<{ resident: { id: string; fullName: string } }>(await me.req('GET', '/api/v1/me/resident'));
			expect(mine.resident).toMatchObject({ id: rec.id, fullName: `Hà Văn ${tag}` });
			const fixed = await me.req('PATCH', '/api/v1/me/resident', { phone: '0912 000 999' });
			expect((await jsonOf<{ phone: string }>(fixed)).phone).toBe('0912 000 999');
			expect((await me.req('PATCH', '/api/v1/me/resident', { villageId: village })).status).toBe(400);
			const dump = await me.req('GET', '/api/v1/me/resident/export');
			expect(dump.headers.get('content-disposition')).toContain('attachment');
			expect((await jsonOf<{ history: { action: string }[] }>(dump)).history.map((h) => h.action)).toContain('resident.self_correct');

			// an officer's reset link, handed over; the old password stops working, sessions end
			expect((await yl.req('POST', `/api/v1/people/${rec.id}/reset-link`)).status).toBe(404);
			const link = await jsonOf<{ url: string }>(await qm.req('POST', `/api/v1/people/${rec.id}/reset-link`));
			const token = new URL(link.url).searchParams.get('token')!;
			expect(new URL(link.url).origin).toBe(server.url);
			const short = await anon.req('POST', '/api/v1/password-resets/confirm', { token, newPassword: 'ngan', confirmPassword: 'ngan' });
			expect((await jsonOf<{ errors: Record<string, string> }>(short)).errors.newPassword).toBeDefined();
			expect((await anon.req('POST', '/api/v1/password-resets/confirm', { token, newPassword: 'mat-khau-moi-2026', confirmPassword: 'mat-khau-moi-2026' })).status).toBe(204);
			expect((await anon.req('POST', '/api/v1/password-resets/confirm', { token, newPassword: 'mat-khau-moi-2026', confirmPassword: 'mat-khau-moi-2026' })).status).toBe(400);
			expect((await me.req('GET', '/api/v1/me/resident')).status).toBe(401);
			expect((await new Client(server.url).signIn(phone, 'ha-van-hoc-2026')).status).toBe(400);
			expect((await new Client(server.url).signIn(phone, 'mat-khau-moi-2026')).status).toBe(201);
			// "forgot password" answers alike whether or not the account exists
			expect((await anon.req('POST', '/api/v1/password-resets', { login: 'khong-ai@example.vn' })).status).toBe(202);
			expect((await anon.req('POST', '/api/v1/password-resets', { login: phone })).status).toBe(202);
			expect((await anon.req('POST', '/api/v1/password-resets', {})).status).toBe(400);
		});
	});
}
