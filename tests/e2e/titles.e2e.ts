/**
 * A learning title's whole year on 360 px phones with JavaScript off: the Yên Lãng officer opens the
 * commune's cycle; a household head registers and self-assesses, the points of the members' classes
 * filled in and linked; the village head reviews the village on one form and posts the list; a
 * neighbour objects; ten days later (the posting's dates moved back in the database: the server's
 * clock cannot be moved) the officer answers and decides; the certificate verifies and the title is in
 * the household's learning record. One server (SQLite), few page loads.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildServices } from '../../src/lib/server/app';
import { addDays, todayVn, systemClock } from '../../src/lib/server/platform/clock';
import { createDb } from '../../src/lib/server/platform/db';
import { demoId } from '../../src/lib/server/core/places/demo/load';
import { attendClass, makeHousehold } from '../../src/lib/server/core/titles/titles.fixtures';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const servers = inject('servers');
const PASSWORD = 'Sông-Hồng-chảy-mãi-2026';

describe.skipIf(!chromiumPath)('learning titles in Chromium (360 px, JavaScript off)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('takes a household from registration to a verified certificate through the village review, the posting and an objection', async () => {
		const server = servers.find((s) => s.dialect === 'sqlite')!;
		const base = server.url;
		const db = createDb(server.databaseUrl);
		const s = buildServices(db);
		try {
			const today = todayVn(systemClock);
			const at = new Date().toISOString();
			const k = db.kysely;
			// Yên Lãng's first village: a household whose head has an account, two members in a class this year; a neighbour; the village head
			const village = (await k.selectFrom('unit_links as l').innerJoin('admin_units as u', 'u.id', 'l.unit_id').select('u.id').where('l.parent_id', '=', demoId('xa-yen-lang')).where('u.level', '=', 'village').orderBy('u.name').executeTakeFirstOrThrow()).id;
			const stamp = Date.now() % 1_000_000;
			const account = async (login: string, grants: Parameters<typeof s.accounts.createAccountDirect>[0]['grants'] = []) => (await s.accounts.createAccountDirect({ login, displayName: login, password: PASSWORD, grants })).id;
			const head = await account(`chuho${stamp}`);
			const neighbour = await account(`hangxom${stamp}`);
			await account(`truongthon${stamp}`, [{ role: 'village_head', scope: { kind: 'unit', unitId: village } }]);
			const h = await makeHousehold(k, village, [{ name: 'Ngô Văn Phúc', birth: '1975-02-02', gender: 'male', accountId: head }, { name: 'Ngô Thị Duyên', birth: '1978-08-08' }], at);
			await makeHousehold(k, village, [{ name: 'Tạ Thị Hằng', birth: '1980-01-01', accountId: neighbour }], at);
			const course = await k.selectFrom('courses').select(['id', 'title']).orderBy('id').executeTakeFirstOrThrow();
			await attendClass(k, course.id, h.memberIds, [`${today.slice(0, 4)}-03-02`, `${today.slice(0, 4)}-03-09`], at);

			const phone = async (login: string) => {
				const ctx = await phoneContext(browser, { js: false });
				const page = await ctx.newPage();
				const problems = watchConsole(page);
				await signInThroughPage(page, base, login, login === 'yenlang.canbo' ? 'hoctap2026' : PASSWORD);
				return { page, problems };
			};
			const submit = (page: Page, name: string) => Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name }).click()]);

			// the officer opens the cycle, registration closing in two days
			const officer = await phone('yenlang.canbo');
			await officer.page.goto(`${base}/console/titles`);
			await expectAccessible(browser, officer.page);
			await officer.page.getByLabel('Năm', { exact: true }).fill(today.slice(0, 4));
			await officer.page.getByLabel(/^Đăng ký đến ngày/).fill(addDays(today, 2));
			await officer.page.getByLabel(/^Bình xét ở thôn đến ngày/).fill(addDays(today, 3));
			await officer.page.getByLabel(/^Quyết định công nhận trước ngày/).fill(addDays(today, 20));
			await officer.page.getByLabel(/^Báo cáo tổng hợp lên trên trước ngày/).fill(addDays(today, 25));
			await submit(officer.page, 'Mở đợt bình xét');
			expect(officer.page.url(), (await officer.page.locator('.notice, .error').allTextContents()).join(' | ')).toMatch(/\/console\/titles\/cycles\/[0-9a-f-]{36}(#open)?$/);
			const cycleUrl = officer.page.url().replace(/#.*$/, '');
			const cycleId = cycleUrl.split('/').pop()!;

			// the household head registers and self-assesses: the class is filled in and linked
			const hh = await phone(`chuho${stamp}`);
			await hh.page.goto(`${base}/titles`);
			await expectAccessible(browser, hh.page);
			await Promise.all([hh.page.waitForURL(/\/titles\/registrations\/[0-9a-f-]{36}$/), hh.page.getByRole('button', { name: 'Đăng ký Gia đình học tập' }).click()]);
			await expectAccessible(browser, hh.page);
			// 2 sessions of 2 hours for each of the two: 8 hours, 10·8/20 = 4 points; 55 declared + 15 (two adults learning) + 4 = 74
			expect(await hh.page.getByText('Tự động: 4/10 điểm (số liệu: 8)').count()).toBe(1);
			await hh.page.locator('summary', { hasText: 'Xem 4 minh chứng' }).first().click();
			expect(await hh.page.locator(`a[href="/courses/${course.id}"]`).count()).toBeGreaterThan(0);
			for (const radio of await hh.page.getByRole('radio', { name: /^Đạt/ }).all()) await radio.check();
			await submit(hh.page, 'Gửi bản tự đánh giá');
			expect(await hh.page.locator('.notice').allTextContents()).toContainEqual(expect.stringMatching(/Đã gửi: 74\/100 điểm/));

			// the village head reviews the village on one form, then posts the list
			const vh = await phone(`truongthon${stamp}`);
			await vh.page.goto(`${base}/console/titles/cycles/${cycleId}/villages/${village}`);
			await expectAccessible(browser, vh.page);
			await submit(vh.page, 'Ghi kết quả bình xét của thôn');
			expect(await vh.page.getByText('Đã ghi: 1 đề nghị công nhận, 0 chưa đạt.').count()).toBe(1);
			await submit(vh.page, 'Niêm yết danh sách');
			expect(await vh.page.getByText(/Niêm yết từ .* đến hết/).count()).toBe(1);

			// a neighbour objects on the public list
			const nb = await phone(`hangxom${stamp}`);
			await nb.page.goto(`${base}/titles/postings/${cycleId}/${village}`);
			await expectAccessible(browser, nb.page);
			await nb.page.locator('summary', { hasText: 'Gửi ý kiến phản ánh' }).click();
			await nb.page.getByLabel('Lý do (ít nhất 10 ký tự)').fill('Xin xem lại: nhà này có cháu nghỉ học từ tháng Ba.');
			await submit(nb.page, 'Gửi ý kiến');
			expect(await nb.page.getByText('Ý kiến của bạn đã được gửi').count()).toBe(1);

			// ten days on: the posting's dates moved back, as the clock would have moved them
			await k.updateTable('title_postings').set({ opens_on: addDays(today, -10), closes_on: addDays(today, -1) }).where('cycle_id', '=', cycleId).execute();
			await officer.page.goto(cycleUrl);
			await officer.page.getByLabel('Trả lời ý kiến').fill('Đã xác minh với nhà trường: cháu vẫn đi học đều.');
			await submit(officer.page, 'Ghi trả lời');
			await officer.page.getByLabel('Số quyết định').fill('88/QĐ-UBND');
			await officer.page.getByLabel('Ngày quyết định').fill(today);
			await officer.page.getByLabel('Người ký').fill('Trần Văn Chủ tịch');
			await submit(officer.page, 'Ghi quyết định');
			await expectAccessible(browser, officer.page);
			expect(await officer.page.getByText('Đã ghi Quyết định số 88/QĐ-UBND: 1 được công nhận.').count()).toBe(1);

			// the household sees its certificate, which verifies; the title is in its learning record
			await hh.page.goto(`${base}/titles`);
			await Promise.all([hh.page.waitForURL(/\/titles\/certificates\/DH-/), hh.page.getByRole('link', { name: 'Giấy công nhận', exact: true }).click()]);
			await expectAccessible(browser, hh.page);
			expect(await hh.page.getByText('Giấy công nhận hợp lệ.').count()).toBe(1);
			const pdf = await hh.page.context().request.get(`${hh.page.url()}/pdf`);
			expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
			await hh.page.goto(`${base}/account`);
			expect(await hh.page.locator('#record-titles + ul').textContent()).toContain('Gia đình học tập');
			for (const p of [officer, hh, vh, nb]) expect(p.problems).toEqual([]);
		} finally {
			await db.close();
		}
	});
	it('answers the titles API: 401 without a session, 404 out of scope, field messages for bad input, the posting public only while posted', async () => {
		const base = servers.find((x) => x.dialect === 'sqlite')!.url;
		const anon = new Client(base);
		expect((await anon.req('GET', '/api/v1/title-cycles')).status).toBe(401);
		expect((await anon.req('POST', '/api/v1/title-registrations', { cycleId: '01900000-0000-7000-8000-000000000000', kind: 'family', subjectId: '01900000-0000-7000-8000-000000000000' })).status).toBe(401);
		const qm = new Client(base);
		await qm.signIn('quangminh.canbo');
		const cycles = await jsonOf<{ items: { id: string; communeName: string; year: number }[] }>(await qm.req('GET', '/api/v1/title-cycles'));
		const open = cycles.items.find((c) => c.communeName === 'Xã Quang Minh' && c.year === new Date().getFullYear())!;
		const bad = await qm.req('POST', '/api/v1/title-cycles', { communeId: 'xa', year: 'năm nay' });
		expect(bad.status).toBe(400);
		expect(Object.keys(((await bad.json()) as { errors: Record<string, string> }).errors).sort()).toEqual(['communeId', 'year']);
		const yl = new Client(base);
		await yl.signIn('yenlang.canbo');
		expect((await yl.req('GET', `/api/v1/title-cycles/${open.id}`)).status).toBe(404);
		expect((await yl.req('GET', `/api/v1/title-cycles/${open.id}/objections`)).status).toBe(404);
		const view = await jsonOf<{ villages: { id: string; posting: { open: boolean } | null }[] }>(await qm.req('GET', `/api/v1/title-cycles/${open.id}`));
		const live = view.villages.find((v) => v.posting?.open)!;
		const posted = await anon.req('GET', `/api/v1/title-cycles/${open.id}/villages/${live.id}/posting`);
		expect(posted.status).toBe(200);
		const notPosted = view.villages.find((v) => !v.posting)!;
		expect((await anon.req('GET', `/api/v1/title-cycles/${open.id}/villages/${notPosted.id}/posting`)).status).toBe(404);
		expect((await qm.req('GET', '/api/v1/criteria-sets/citizen')).status).toBe(200);
		expect((await qm.req('POST', '/api/v1/criteria-sets/citizen', { year: 2027 })).status).toBe(404);
	});
});
