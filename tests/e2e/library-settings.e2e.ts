/**
 * A shelf's settings in the console on a 360 px phone with JavaScript off (issue 15, the
 * leftovers): the officer changes the hold days (a wrong number is told beside its field, nothing
 * saved), and takes the last keeper off after a confirmation page of its own; the console's menu
 * marks the one item the page belongs to. The API answers 404 for a keeper no longer there.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInOnPage } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const base = inject('servers').find((s) => s.dialect === 'sqlite')!.url;

describe.skipIf(!chromiumPath)('a shelf\'s settings and keepers in the console (360 px, JavaScript off)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});
	const fitsPhone = async (page: import('playwright-core').Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	it('edits the hold days and removes the last keeper after confirming; the menu marks one item', async () => {
		const name = `Tủ sách xóm Chùa ${Date.now() % 100000}`;
		const qm = new Client(base);
		await qm.signIn('quangminh.canbo');
		const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/units`));
		const shelf = await jsonOf<{ id: string; holdDays: number }>(await qm.req('POST', '/api/v1/library/shelves', { name, unitId: units.units.find((u) => u.name === 'Xã Quang Minh')!.id }));
		expect(shelf.holdDays).toBe(7);
		const keeper = await jsonOf<{ id: string }>(await qm.req('POST', `/api/v1/library/shelves/${shelf.id}/keepers`, { login: 'dan.lan' }));

		const ctx = await phoneContext(browser, { js: false });
		const { page } = await signInOnPage(ctx, base, 'quangminh.canbo');
		await page.goto(`${base}/console/library/figures`);
		expect(await page.locator('nav.side a[aria-current="page"]').allTextContents()).toEqual(['Số liệu tủ sách']);
		await page.goto(`${base}/console/library`);
		expect(await page.locator('nav.side a[aria-current="page"]').allTextContents()).toEqual(['Tủ sách']);
		await Promise.all([page.waitForURL(`${base}/console/library/shelves/${shelf.id}`), page.getByRole('link', { name: `Cài đặt ${name}` }).click()]);
		expect(await page.locator('nav.side a[aria-current="page"]').allTextContents()).toEqual(['Tủ sách']);

		// a wrong number: told beside the field, nothing saved
		await page.locator('#f-holdDays').fill('0');
		await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
		await page.getByText('Vui lòng nhập một số nguyên từ 1 đến 60.').waitFor();
		await fitsPhone(page);
		await expectAccessible(browser, page);
		expect((await jsonOf<{ holdDays: number }>(await qm.req('GET', `/api/v1/library/shelves/${shelf.id}`))).holdDays).toBe(7);
		await page.locator('#f-holdDays').fill('5');
		await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
		await page.getByText('Đã lưu thông tin tủ sách.').waitFor();
		expect((await jsonOf<{ holdDays: number }>(await qm.req('GET', `/api/v1/library/shelves/${shelf.id}`))).holdDays).toBe(5);

		// taking the last keeper off: a page that asks first, then the change
		await page.getByRole('link', { name: 'Bỏ Nguyễn Thị Lan khỏi người giữ tủ' }).click();
		await page.getByRole('heading', { name: 'Bỏ Nguyễn Thị Lan khỏi danh sách người giữ tủ?' }).waitFor();
		await page.getByText('Đây là người giữ tủ cuối cùng', { exact: false }).waitFor();
		await fitsPhone(page);
		await expectAccessible(browser, page);
		// changing one's mind changes nothing
		await page.getByRole('link', { name: 'Không, giữ lại' }).click();
		expect(await page.locator('.keepers').textContent()).toContain('Nguyễn Thị Lan');
		await page.getByRole('link', { name: 'Bỏ Nguyễn Thị Lan khỏi người giữ tủ' }).click();
		await page.getByRole('button', { name: 'Bỏ người giữ tủ' }).click();
		await page.getByText('Đã bỏ Nguyễn Thị Lan khỏi danh sách người giữ tủ.').waitFor();
		expect(await page.locator('.keepers').textContent()).toContain('Chưa có người giữ tủ.');
		await fitsPhone(page);
		await expectAccessible(browser, page);
		expect((await qm.req('DELETE', `/api/v1/library/shelves/${shelf.id}/keepers/${keeper.id}`)).status).toBe(404);
		await ctx.close();
	});
});
