/**
 * Awards and the honour board on a 360 px phone with JavaScript off: an association officer
 * publishes a fund's reward regulation, proposes, approves and pays an award through the fund's
 * book; nominates a person to the honour board, approves them, records their consent — and only
 * then does a visitor see them — then withdraws it, and the visitor's page (kept by the page cache
 * for anonymous visitors) and the API no longer show them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const servers = inject('servers');

describe.skipIf(!chromiumPath)('awards and the honour board in Chromium (360 px, JavaScript off)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const dialect of ['sqlite', 'postgres'] as const) {
		it(`shows a nominee on the public honour board only once approved and consented, and removes them at once when consent is withdrawn [${dialect}]`, async () => {
			const base = servers.find((s) => s.dialect === dialect)!.url;
			const person = `Bà Kiểm Thử ${Date.now() % 100000}`;
			const ctx = await phoneContext(browser, { js: false });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await signInThroughPage(page, base, 'melinh.khuyenhoc');
			await page.goto(`${base}/console/awards/honours`);
			await expectAccessible(browser, page);
			await page.getByLabel('Xã, thôn nơi người được đề cử sinh sống, hoạt động').selectOption({ label: 'Xã Mê Linh' });
			await page.getByLabel('Danh hiệu đề cử').fill('Người tốt, việc tốt');
			await page.locator('#n-f-personName').fill(person);
			await page.getByLabel(/^Câu chuyện/).fill('Bà mở tủ sách tại nhà cho các cháu trong thôn đọc miễn phí mỗi tối.');
			await page.getByLabel(/^Minh chứng/).fill('Xác nhận của thôn');
			// a year mistyped: refused in Vietnamese, what was typed kept, nothing written
			await page.locator('#n-f-year').fill('1029');
			await page.getByRole('button', { name: 'Gửi đề cử' }).click();
			await page.getByText('Năm chưa đúng (ví dụ 2026).').waitFor();
			expect(await page.getByLabel(/^Câu chuyện/).inputValue()).toContain('tủ sách');
			await expectAccessible(browser, page);
			await page.locator('#n-f-year').fill('2029');
			await Promise.all([page.waitForURL(/\/console\/awards\/honours\/[0-9a-f-]{36}\?done=nominated/), page.getByRole('button', { name: 'Gửi đề cử' }).click()]);
			const nomination = page.url().split('?')[0]!;

			const visitor = await phoneContext(browser, { js: false });
			const v = await visitor.newPage();
			const board = `${base}/honour-board?year=2029`;
			const shown = async () => {
				await v.goto(board);
				return (await v.locator('main').textContent()) ?? '';
			};
			const inApi = async () => ((await (await v.request.get(`${base}/api/v1/honour-board?year=2029`)).json()) as { items: { personName: string }[] }).items.some((e) => e.personName === person);

			// approved, no consent yet: not shown (twice: the second from the page cache)
			await Promise.all([page.waitForURL(/done=approved/), page.getByRole('button', { name: 'Duyệt', exact: true }).click()]);
			expect(await shown()).not.toContain(person);
			expect(await shown()).not.toContain(person);
			// the visitor's page is kept by the page cache: what follows checks that a write makes it afresh
			expect((await v.goto(board))!.headers()['x-cache']).toBe('hit');
			expect(await inApi()).toBe(false);
			await expectAccessible(browser, page);

			// consent on a signed paper form: shown at once
			await Promise.all([page.waitForURL(/done=consent/), page.getByRole('button', { name: 'Ghi nhận sự đồng ý' }).click()]);
			expect(await shown()).toContain(person);
			expect(await shown()).toContain(person);
			expect(await inApi()).toBe(true);
			expect(await v.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, v);

			// withdrawn: gone from the page and the API at once
			await page.goto(nomination);
			await page.getByLabel(/^Lý do/).fill('Bà không muốn công khai');
			await Promise.all([page.waitForURL(/done=withdrawn/), page.getByRole('button', { name: /Rút lại sự đồng ý/ }).click()]);
			expect(await shown()).not.toContain(person);
			expect(await inApi()).toBe(false);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, page);
			await visitor.close();
			// the mistyped year answered 400, as it should: nothing else went wrong
			expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
			await ctx.close();
		});

		it(`answers the awards API: no session 401, out of scope 404, bad input 400 in Vietnamese with nothing written, the public board to anyone [${dialect}]`, async () => {
			const base = servers.find((s) => s.dialect === dialect)!.url;
			const anon = new Client(base);
			expect((await anon.req('GET', '/api/v1/honour-nominations')).status).toBe(401);
			expect((await anon.req('POST', '/api/v1/reward-proposals/payout', { ids: [], paidOn: '2026-11-30' })).status).toBe(401);
			const board = await anon.req('GET', '/api/v1/honour-board?year=2025');
			expect(board.status).toBe(200);
			const items = (await jsonOf<{ items: { personName: string; evidence?: string }[] }>(board)).items;
			expect(items.length).toBeGreaterThan(0);
			expect(items.every((e) => e.evidence === undefined)).toBe(true);
			expect((await anon.req('GET', '/api/v1/honour-board?year=hai')).status).toBe(400);

			const ml = new Client(base);
			await ml.signIn('melinh.khuyenhoc');
			const admin = new Client(base);
			await admin.signIn('admin');
			const all = (await jsonOf<{ items: { id: string; name: string }[] }>(await admin.req('GET', '/api/v1/funds'))).items;
			const qm = all.find((f) => f.name === 'Quỹ Khuyến học xã Quang Minh')!;
			// another commune's fund: not found, whatever the request
			expect((await ml.req('GET', `/api/v1/reward-regulations/${qm.id}`)).status).toBe(404);
			const reg = await jsonOf<{ versions: { rules: { id: string }[] }[] }>(await admin.req('GET', `/api/v1/reward-regulations/${qm.id}`));
			const rule = reg.versions[0]!.rules[0]!.id;
			expect((await ml.req('POST', '/api/v1/reward-proposals', { ruleId: rule, personName: 'Em A', evidence: 'Giấy khen', schoolYear: '2026-2027' })).status).toBe(404);
			// bad input: a message per field, in Vietnamese, and nothing written
			const before = (await jsonOf<{ items: unknown[] }>(await admin.req('GET', `/api/v1/reward-proposals?fund=${qm.id}`))).items.length;
			const bad = await admin.req('POST', '/api/v1/reward-proposals', { ruleId: rule, personName: 'Em A', evidence: 'Giấy khen', schoolYear: '2026' });
			expect(bad.status).toBe(400);
			const problem = await jsonOf<{ errors: Record<string, string> }>(bad);
			expect(problem.errors.schoolYear).toBe('Năm học chưa đúng: hãy ghi dạng 2025-2026.');
			expect((await jsonOf<{ items: unknown[] }>(await admin.req('GET', `/api/v1/reward-proposals?fund=${qm.id}`))).items.length).toBe(before);
			const twice = await admin.req('POST', '/api/v1/reward-proposals/payout', { ids: ['01a23c62-2e32-7006-a2be-c57a9bc2f837', '01a23c62-2e32-7006-a2be-c57a9bc2f837'], paidOn: '2026-11-30' });
			expect(twice.status).toBe(400);
			// the award list to print
			const list = await admin.req('GET', `/api/v1/reward-regulations/${qm.id}/award-list?schoolYear=2026-2027`);
			expect(list.status).toBe(200);
			expect(list.headers.get('content-type')).toContain('spreadsheetml');
		});

		it(`lets an association officer publish a fund's reward regulation, propose, approve and pay an award through the book [${dialect}]`, async () => {
			const base = servers.find((s) => s.dialect === dialect)!.url;
			const person = `Em Thử Nghiệm ${Date.now() % 100000}`;
			const ctx = await phoneContext(browser, { js: false });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await signInThroughPage(page, base, 'melinh.khuyenhoc');
			await page.goto(`${base}/console/funds`);
			await page.getByRole('link', { name: 'Quỹ Khuyến học xã Mê Linh' }).click();
			const balanceBefore = await page.locator('.figures dd').first().textContent();
			await page.getByRole('link', { name: 'Quy chế và khen thưởng' }).click();
			await expectAccessible(browser, page);

			await page.locator('summary', { hasText: /Ban hành/ }).click();
			await page.getByLabel('Tên quy chế').fill('Quy chế khen thưởng năm học 2026-2027');
			await page.locator('#g-level_0').selectOption('first');
			await page.locator('#g0-f-amount_0').fill('1.200.000,5');
			await page.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
			await page.getByText('Số tiền phải là số đồng nguyên, lớn hơn 0 (ví dụ 1.500.000).').first().waitFor();
			await page.locator('#g0-f-amount_0').fill('1.200.000');
			await Promise.all([page.waitForURL(/done=published#regulation$/), page.getByRole('button', { name: 'Ban hành phiên bản mới' }).click()]);

			await page.locator('summary', { hasText: 'Đề nghị khen thưởng mới' }).click();
			await page.getByLabel('Họ và tên người được khen thưởng').fill(person);
			await page.getByLabel(/^Minh chứng/).fill('Giấy chứng nhận giải Nhất của Bộ Giáo dục và Đào tạo');
			// a file that is not a scan: refused, what was typed kept
			await page.locator('#p-file').setInputFiles({ name: 'giay-chung-nhan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('không phải PDF') });
			await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
			await page.getByText('Tệp minh chứng phải là PDF, ảnh JPEG hoặc PNG.').waitFor();
			expect(await page.getByLabel('Họ và tên người được khen thưởng').inputValue()).toBe(person);
			await page.locator('#p-file').setInputFiles({ name: 'giay-chung-nhan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 giấy chứng nhận') });
			await Promise.all([page.waitForURL(/done=proposed#proposals$/), page.getByRole('button', { name: 'Gửi đề nghị' }).click()]);
			const row = page.locator('tbody tr', { hasText: person });
			const evidence = await page.request.get(base + (await row.getByRole('link', { name: 'tệp minh chứng' }).getAttribute('href'))!);
			expect(evidence.status()).toBe(200);
			expect((await evidence.body()).toString()).toBe('%PDF-1.4 giấy chứng nhận');
			await row.locator('summary').click();
			await Promise.all([page.waitForURL(/done=approved#proposals$/), row.getByRole('button', { name: 'Duyệt', exact: true }).click()]);
			await expectAccessible(browser, page);
			await Promise.all([page.waitForURL(/done=paid#proposals$/), page.getByRole('button', { name: 'Chi các khoản đã đánh dấu' }).click()]);
			expect(await page.locator('tbody tr', { hasText: person }).textContent()).toContain('Đã chi');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, page);
			// the book shows the payment
			await page.getByRole('link', { name: 'Sổ quỹ' }).first().click();
			expect(await page.locator('tbody').textContent()).toContain(person);
			const balanceAfter = await page.locator('.figures dd').first().textContent();
			const n = (s: string | null) => Number((s ?? '').replace(/\D/g, ''));
			expect(n(balanceBefore) - n(balanceAfter)).toBe(1_200_000);
			expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
			await ctx.close();
		});
	}
});
