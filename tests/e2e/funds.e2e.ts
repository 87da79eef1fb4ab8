/**
 * A study-promotion fund's book on a 360 px phone with JavaScript off: an association volunteer
 * opens a fund, records a donation and prints its receipt, the donor follows the receipt's QR link
 * to its check page, a payment is refused then made, then corrected; a visitor reads the public page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { poppler, run, squash } from '../../src/lib/server/testing/poppler';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';

const chromiumPath = inject('chromium');
const servers = inject('servers');

describe.skipIf(!chromiumPath)('funds in Chromium (360 px, JavaScript off)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const dialect of ['sqlite', 'postgres'] as const)
		it(`lets an association volunteer keep a fund's book: a donation as people write amounts with its receipt, checked by the donor through its QR link, a payment, a correction, and refusals in Vietnamese [${dialect}]`, async () => {
			const base = servers.find((s) => s.dialect === dialect)!.url;
			const name = `Quỹ khuyến học thôn ${Date.now() % 100000}`;
			const ctx = await phoneContext(browser, { js: false });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await signInThroughPage(page, base, 'melinh.khuyenhoc');
			await page.goto(`${base}/console/funds`);
			await expectAccessible(browser, page);
			await page.getByLabel('Tên quỹ').fill(name);
			await page.getByLabel('Quỹ của', { exact: true }).selectOption('village_branch');
			await Promise.all([page.waitForURL(/\/console\/funds\/[0-9a-f-]{36}\?done=created/), page.getByRole('button', { name: 'Lập quỹ' }).click()]);
			await expectAccessible(browser, page);

			// a donation typed as people write it
			await page.locator('summary', { hasText: 'Ghi nhận khoản ủng hộ' }).click();
			await page.getByLabel('Số tiền (đồng) (ví dụ 1.500.000)').first().fill('1.500.000');
			await page.getByLabel('Tên người ủng hộ').fill('Ông Nguyễn Văn Hảo');
			await page.getByLabel('Người ủng hộ đồng ý công khai tên trên trang của quỹ').check();
			await Promise.all([page.waitForURL(/done=donation&entry=[0-9a-f-]{36}#book$/), page.getByRole('button', { name: 'Ghi vào sổ quỹ' }).click()]);
			expect(await page.locator('.figures dd').first().textContent()).toBe('1.500.000 đ');
			// its receipt, numbered in the fund's year, printed as a PDF whose QR code leads to a public check
			const notice = page.locator('.notice.good');
			expect(await notice.textContent()).toMatch(/Biên nhận số 0001\/\d{4}/);
			const pdf = await ctx.request.get(base + (await notice.getByRole('link', { name: 'In biên nhận (PDF)' }).getAttribute('href'))!);
			expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
			let qrLink = base + (await notice.getByRole('link', { name: 'Trang kiểm tra biên nhận' }).getAttribute('href'))!;
			if (poppler.pdftotext || process.env.CI === 'true') {
				// the address printed under the QR code (the same string the code holds) is the one to follow
				const dir = mkdtempSync(join(tmpdir(), 'suotdoi-e2e-receipt-'));
				writeFileSync(join(dir, 'r.pdf'), await pdf.body());
				const text = squash(run(poppler.pdftotext!, ['-raw', join(dir, 'r.pdf'), '-']));
				rmSync(dir, { recursive: true, force: true });
				expect(text).toContain('Ông Nguyễn Văn Hảo');
				expect(text).toContain('1.500.000 đồng');
				qrLink = /(https?:\/\/\S+\/receipts\/[A-Za-z0-9_-]+)/.exec(text)![1]!;
				expect(qrLink.startsWith(base)).toBe(true);
			}
			// the donor, signed out on their own phone, opens it
			const donor = await phoneContext(browser, { js: false });
			const d = await donor.newPage();
			await d.goto(qrLink);
			expect(await d.locator('h1').textContent()).toMatch(/^Biên nhận số 0001\/\d{4}$/);
			expect(await d.locator('main').textContent()).toContain('Biên nhận hợp lệ');
			expect(await d.locator('main').textContent()).toContain('Ông Nguyễn Văn Hảo');
			expect(await d.locator('main').textContent()).toContain('1.500.000 đ');
			expect(await d.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, d);
			// and, from there, the fund's public page, where the donation is
			await Promise.all([d.waitForURL(/\/funds\/[0-9a-f-]{36}$/), d.getByRole('link', { name: 'Xem quỹ đã nhận và đã chi những gì' }).click()]);
			expect(await d.locator('main').textContent()).toContain('Ông Nguyễn Văn Hảo');
			await donor.close();

			// a payment larger than the balance: refused with the balance named, nothing written
			await page.locator('summary', { hasText: 'Chi từ quỹ' }).click();
			await page.locator('#p-f-amount').fill('2.000.000');
			await page.getByLabel('Người nhận').fill('Em Lê Văn Chăm');
			await page.getByRole('button', { name: 'Ghi khoản chi' }).click();
			await page.getByText('Số dư của quỹ không đủ để chi khoản này (số dư hiện tại: 1.500.000 đồng).').waitFor();
			await expectAccessible(browser, page);
			await page.locator('#p-f-amount').fill('1.000.000,5');
			await page.getByRole('button', { name: 'Ghi khoản chi' }).click();
			await page.getByText('Số tiền phải là số đồng nguyên, lớn hơn 0 (ví dụ 1.500.000).').first().waitFor();
			await page.locator('#p-f-amount').fill('1.000.000');
			await Promise.all([page.waitForURL(/done=disbursement#book$/), page.getByRole('button', { name: 'Ghi khoản chi' }).click()]);
			expect(await page.locator('.figures dd').first().textContent()).toBe('500.000 đ');

			// the payment was a mistake: corrected with a reason, the book keeps both
			const row = page.locator('tbody tr', { hasText: 'Em Lê Văn Chăm' });
			await row.locator('summary').click();
			await row.getByLabel('Lý do điều chỉnh').fill('Chi nhầm người nhận');
			await Promise.all([page.waitForURL(/done=reversal#book$/), row.getByRole('button', { name: 'Ghi bút toán điều chỉnh' }).click()]);
			expect(await page.locator('.figures dd').first().textContent()).toBe('1.500.000 đ');
			const entries = await page.locator('tbody tr strong').allTextContents();
			expect(entries).toEqual(['3. Điều chỉnh', '2. Chi', '1. Ủng hộ']);
			expect(await page.locator('tbody tr', { hasText: '2. Chi' }).textContent()).toContain('đã điều chỉnh');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, page);
			// anyone can read the fund's public page: the same balance, the donor who agreed named, no one paid named in full
			const publicUrl = (await page.getByRole('link', { name: 'Xem trang công khai của quỹ' }).getAttribute('href'))!;
			const visitor = await phoneContext(browser, { js: false });
			const v = await visitor.newPage();
			await v.goto(base + publicUrl);
			expect(await v.locator('.figures dd').nth(2).textContent()).toBe('1.500.000 đ');
			expect(await v.locator('main').textContent()).toContain('Ông Nguyễn Văn Hảo');
			expect(await v.locator('main').textContent()).not.toContain('Em Lê Văn Chăm');
			await expectAccessible(browser, v);
			await visitor.close();
			// the refusals above answer 409 and 400, as they should: nothing else went wrong
			expect(problems.filter((p) => !/status of (400|409)/.test(p))).toEqual([]);
			await ctx.close();
		});
});
