/**
 * The Lifelong Learning Week on a 360 px phone: a resident registers for an event with JavaScript
 * off and receives the ticket by email (real SMTP); a volunteer at the door, with JavaScript on,
 * types the ticket's code while the network is down — it waits on the phone — and it is checked
 * in when the network returns; the event then shows in the resident's record.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSmtp, type TestSmtp } from '../../src/lib/server/testing/smtp';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { startServer, type RunningServer } from './servers';

const chromiumPath = inject('chromium');

describe.skipIf(!chromiumPath)('the Week in Chromium (360 px)', () => {
	let browser: Browser;
	let smtp: TestSmtp;
	let server: RunningServer;
	beforeAll(async () => {
		smtp = await startSmtp();
		[browser, server] = await Promise.all([launch(chromiumPath!), startServer('week', 'sqlite', { demo: true, env: { SMTP_URL: smtp.url, MAIL_RETRY_SECONDS: '1' } })]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await smtp?.close();
	});

	it('registers a resident, mails the ticket, checks it in at the door through a dropped connection, and shows it in the record', async () => {
		const base = server.url;
		// the resident, JavaScript off
		const home = await phoneContext(browser, { js: false });
		const page = await home.newPage();
		const problems = watchConsole(page);
		await signInThroughPage(page, base, 'dan.lan');
		await page.goto(`${base}/events`);
		await expectAccessible(browser, page);
		await Promise.all([page.waitForURL(/\/events\/[0-9a-f-]{36}$/), page.getByRole('link', { name: 'Ngày hội đọc sách mùa đông' }).click()]);
		await expectAccessible(browser, page);
		await page.getByLabel('Thư điện tử nhận vé').fill('lan.ve@example.vn');
		await Promise.all([page.waitForURL(/\/tickets\/[A-Z0-9]{10}\?done=registered(#register)?$/), page.getByRole('button', { name: 'Đăng ký tham dự' }).click()]);
		const code = /\/tickets\/([A-Z0-9]{10})/.exec(page.url())![1]!;
		const shown = `${code.slice(0, 5)}-${code.slice(5)}`;
		expect(await page.locator('main').textContent()).toContain(shown);
		expect(await page.getByRole('img', { name: `Mã QR của vé ${shown}` }).count()).toBe(1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await expectAccessible(browser, page);
		// the ticket by email, through the outbox: its code and the address its QR code holds
		const mail = await smtp.next('lan.ve@example.vn');
		expect(mail.subject).toBe('Vé tham dự: Ngày hội đọc sách mùa đông');
		expect(mail.text).toContain(`Mã vé: ${shown}`);
		expect(mail.text).toContain(`${base}/tickets/${code}`);

		// the volunteer at the door, JavaScript on; the network drops while the code is typed
		const door = await phoneContext(browser, { js: true });
		const v = await door.newPage();
		const vProblems = watchConsole(v);
		await signInThroughPage(v, base, 'quangminh.canbo');
		await v.goto(`${base}/console/events`);
		await Promise.all([v.waitForURL(/\/console\/events\/[0-9a-f-]{36}$/), v.getByRole('link', { name: 'Ngày hội đọc sách mùa đông' }).click()]);
		await v.waitForSelector('html[data-ready]', { state: 'attached' });
		await expectAccessible(browser, v);
		await door.setOffline(true);
		await v.getByLabel('Mã vé').fill(shown.toLowerCase());
		await v.getByRole('button', { name: 'Điểm danh', exact: true }).click();
		await v.getByText('1 lượt điểm danh đang lưu trên máy').waitFor();
		expect(await v.evaluate((id) => localStorage.getItem(`suotdoi-door-${id}`), /\/console\/events\/([0-9a-f-]{36})/.exec(v.url())![1]!)).toContain(shown.toLowerCase());
		await door.setOffline(false);
		await v.getByText('Đã điểm danh: Nguyễn Thị Lan').waitFor();
		await v.getByRole('cell', { name: /Đã điểm danh lúc/ }).first().waitFor();
		expect(await v.getByText('lượt điểm danh đang lưu trên máy').count()).toBe(0);
		// the same ticket again: counted once
		await v.getByLabel('Mã vé').fill(code);
		await v.getByRole('button', { name: 'Điểm danh', exact: true }).click();
		await v.getByText(/Nguyễn Thị Lan đã điểm danh trước đó/).waitFor();
		expect(vProblems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p))).toEqual([]);
		const doorUrl = v.url();
		await door.close();

		// a second volunteer's phone with JavaScript off: the same ticket is refused a second entry, a walk-in is added by name
		const plain = await phoneContext(browser, { js: false });
		const w = await plain.newPage();
		await signInThroughPage(w, base, 'quangminh.canbo');
		await w.goto(doorUrl);
		await w.getByLabel('Mã vé').fill(`${base}/tickets/${code}`);
		await Promise.all([w.waitForURL(/#door$/), w.getByRole('button', { name: 'Điểm danh', exact: true }).click()]);
		expect(await w.locator('#door-result').textContent()).toContain('Nguyễn Thị Lan đã điểm danh trước đó');
		await w.getByLabel('Họ và tên').fill('Bà Nguyễn Thị Tư');
		await Promise.all([w.waitForURL(/#walk-in$/), w.getByRole('button', { name: 'Thêm và điểm danh' }).click()]);
		expect(await w.locator('#door-result').textContent()).toContain('Đã điểm danh: Bà Nguyễn Thị Tư');
		expect(await w.getByRole('row', { name: /Bà Nguyễn Thị Tư/ }).count()).toBe(1);
		await expectAccessible(browser, w);
		await plain.close();

		// the resident's record
		await page.goto(`${base}/account#events`);
		const item = page.locator('#events + ul li', { hasText: 'Ngày hội đọc sách mùa đông' });
		expect(await item.textContent()).toContain('Đã tham dự');
		await expectAccessible(browser, page);
		expect(problems).toEqual([]);
		await home.close();
	});
});
