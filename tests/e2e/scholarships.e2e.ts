/**
 * A scholarship round on a 360 px phone with JavaScript off: the association's chair opens a round
 * on the commune's fund, nominates pupils, a reviewer scores them, the chair approves in rank order,
 * is refused an approval over the budget with the amount left named, decides, pays through the
 * fund's book and downloads the signed-receipt list.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';

const chromiumPath = inject('chromium');
const servers = inject('servers');
const SCORES: Record<string, number>[] = [
	{ poor_household: 25, orphan: 20, disability: 0, distance: 8, results: 18, hardship: 9 },
	{ poor_household: 20, orphan: 0, disability: 0, distance: 5, results: 15, hardship: 7 },
	{ poor_household: 15, orphan: 0, disability: 0, distance: 2, results: 10, hardship: 5 }
];

describe.skipIf(!chromiumPath)('scholarship rounds in Chromium (360 px, JavaScript off)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	const submit = (page: Page, name: string, url: RegExp) => Promise.all([page.waitForURL(url), page.getByRole('button', { name, exact: true }).click()]);

	for (const dialect of ['sqlite', 'postgres'] as const)
		it(`takes a round from opening to the signed-receipt list, within the budget [${dialect}]`, async () => {
			const base = servers.find((s) => s.dialect === dialect)!.url;
			const ctx = await phoneContext(browser, { js: false });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await signInThroughPage(page, base, 'melinh.khuyenhoc');
			await page.goto(`${base}/console/funds`);
			await Promise.all([page.waitForURL(/\/console\/funds\/[0-9a-f-]{36}$/), page.getByRole('link', { name: 'Quỹ Khuyến học xã Mê Linh' }).click()]);
			await Promise.all([page.waitForURL(/\/console\/scholarships\?fund=/), page.getByRole('link', { name: 'Đợt học bổng của quỹ này' }).click()]);
			await expectAccessible(browser, page);

			// open a round: two awards of 1,500,000 fit a budget of 4,000,000
			await page.locator('#f-name').fill(`Học bổng vượt khó ${dialect}`);
			await page.locator('#f-budget').fill('4.000.000');
			await page.locator('#f-places').fill('5');
			await page.locator('#f-awardAmount').fill('1.500.000');
			await page.locator('#f-closesOn').fill('2099-12-31');
			await submit(page, 'Mở đợt học bổng', /\/console\/scholarships\/[0-9a-f-]{36}\?done=created/);
			const roundUrl = page.url().split('?')[0]!;
			await expectAccessible(browser, page);

			// three pupils nominated by the association
			for (const [i, name] of ['Nguyễn Thị Mai', 'Trần Văn Nam', 'Lê Thị Hoa'].entries()) {
				await Promise.all([page.waitForURL(/\/nominate$/), page.getByRole('link', { name: 'Đề cử học sinh' }).click()]);
				if (i === 0) await expectAccessible(browser, page);
				await page.locator('#f-pupilName').fill(name);
				await page.locator('#f-birthYear').fill('2013');
				await page.locator('#f-schoolName').fill('Trường THCS Tráng Việt');
				await page.locator('#f-className').fill('7A');
				await page.locator('#f-circumstances').fill('Gia đình thuộc hộ nghèo, em vẫn chăm ngoan học giỏi.');
				await page.locator('[id="c-f-claim.poor_household"]').fill('Hộ nghèo năm 2026');
				await submit(page, 'Gửi hồ sơ đề cử', /done=nominated/);
			}
			await page.getByLabel('Thêm thành viên (tên đăng nhập)').fill('giaoduc.hanoi');
			await submit(page, 'Thêm', /done=reviewer/);
			await submit(page, 'Đóng nhận hồ sơ, bắt đầu xét duyệt', /done=closed/);

			// the reviewer scores each nomination on its page
			const rctx = await phoneContext(browser, { js: false });
			const reviewer = await rctx.newPage();
			await signInThroughPage(reviewer, base, 'giaoduc.hanoi');
			await reviewer.goto(roundUrl);
			const links = await reviewer.locator('tbody a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
			expect(links.map(([t]) => t)).toEqual(['Nguyễn Thị Mai', 'Trần Văn Nam', 'Lê Thị Hoa']);
			for (const [i, [, href]] of links.entries()) {
				await reviewer.goto(href!);
				for (const [key, points] of Object.entries(SCORES[i]!)) await reviewer.locator(`[id="s-f-score.${key}"]`).fill(String(points));
				if (i === 0) await expectAccessible(browser, reviewer);
				await submit(reviewer, 'Gửi điểm', /done=reviewed/);
				await reviewer.getByText('Bạn đã chấm hồ sơ này.').waitFor();
			}
			expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await rctx.close();

			// the chair approves in rank order: two fit; the third is refused, with what is left
			await page.goto(roundUrl);
			expect(await page.locator('tbody td.num:first-child').allTextContents()).toEqual(['1', '2', '3']);
			await submit(page, 'Duyệt lần lượt theo thứ hạng đến khi hết kinh phí hoặc hết suất', /done=approved/);
			expect(await page.locator('.figures dd').nth(1).textContent()).toBe('3.000.000 đ');
			await page.locator('tbody tr', { hasText: 'Lê Thị Hoa' }).getByRole('button', { name: 'Duyệt', exact: true }).click();
			await page.getByText('Vượt quá kinh phí của đợt học bổng: chỉ còn 1.000.000 đồng, khoản này cần 1.500.000 đồng. Chưa có gì thay đổi.').waitFor();
			await expectAccessible(browser, page);
			await page.goto(roundUrl);
			expect(await page.locator('.figures dd').nth(1).textContent()).toBe('3.000.000 đ');

			// decided, paid through the book, and the list to sign at the ceremony
			await submit(page, 'Chốt danh sách nhận học bổng', /done=decided/);
			await submit(page, 'Chi trả học bổng từ quỹ', /done=paid/);
			await page.getByText('Đã chi trả', { exact: true }).first().waitFor();
			for (const [format, type] of [
				['pdf', 'application/pdf'],
				['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
			] as const) {
				const href = (await page.locator(`a[href$="receipt-list?format=${format}"]`).getAttribute('href'))!;
				const res = await ctx.request.get(base + href);
				expect(res.status()).toBe(200);
				expect(res.headers()['content-type']).toBe(type);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, page);
			// the refusal above answers 409, as it should: nothing else went wrong
			expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
			await ctx.close();
		});

	it('lets an administrator make a new version of the typical criteria, leaving the old one for the rounds that use it [sqlite]', async () => {
		const base = servers.find((s) => s.dialect === 'sqlite')!.url;
		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'admin');
		await page.goto(`${base}/console/scholarships/criteria`);
		await page.getByText('Bộ tiêu chí này chưa được xác nhận chính thức — quản trị viên có thể sửa (bằng một phiên bản mới).').first().waitFor();
		await page.locator('summary', { hasText: 'Tạo phiên bản mới' }).first().click();
		await page.locator('[id="1-5-f-c5.maxPoints"]').fill('15');
		await page.locator('[id="1-6-f-c6.key"]').fill('ethnic_minority');
		await page.locator('[id="1-6-f-c6.label"]').fill('Học sinh người dân tộc thiểu số');
		await page.locator('[id="1-6-f-c6.maxPoints"]').fill('5');
		await page.getByLabel('Đã đối chiếu với quy chế chính thức của Hội').check();
		await expectAccessible(browser, page);
		await Promise.all([page.waitForURL(/done=version/), page.getByRole('button', { name: 'Lưu phiên bản mới' }).click()]);
		expect(await page.locator('main').textContent()).toContain('Phiên bản 2 · Tổng 110 điểm · Đã xác nhận');
		expect(await page.locator('main').textContent()).toContain('Học sinh người dân tộc thiểu số');
		expect(await page.locator('main').textContent()).toContain('Các phiên bản trước');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await expectAccessible(browser, page);
		await ctx.close();
	});
});
