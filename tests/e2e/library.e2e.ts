/**
 * The community bookshelves on a 360 px phone, against one server that sends mail to a real SMTP
 * server: a volunteer keeper adds a book and lends its copy by code, the reader sees it in their
 * learning record, another reader puts a hold on it, the keeper takes it back with JavaScript off
 * (typing the code) and the copy is held for the one waiting, who gets an email. An unknown code
 * and a copy not on loan are told in Vietnamese with nothing changed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildServices } from '../../src/lib/server/app';
import { createDb } from '../../src/lib/server/platform/db';
import { startSmtp, type TestSmtp } from '../../src/lib/server/testing/smtp';
import { expectAccessible, launch, phoneContext, signInOnPage, watchConsole } from './browser';
import { startServer, type RunningServer } from './servers';

const chromiumPath = inject('chromium');

describe.skipIf(!chromiumPath)('community bookshelves in Chromium (360 px)', () => {
	let browser: Browser;
	let server: RunningServer;
	let smtp: TestSmtp;
	const stamp = Date.now() % 100000;
	const waiting = { login: `cho.muon.${stamp}`, email: `cho.muon.${stamp}@example.vn`, password: 'doc-sach-moi-ngay-2026' };
	beforeAll(async () => {
		smtp = await startSmtp();
		[browser, server] = await Promise.all([launch(chromiumPath!), startServer('sqlite-library', 'sqlite', { demo: true, library: true, env: { SMTP_URL: smtp.url, MAIL_RETRY_SECONDS: '1' } })]);
		// a reader with an email address, who will wait for the book
		const db = createDb(server.databaseUrl);
		await buildServices(db).accounts.createAccountDirect({ login: waiting.login, displayName: 'Vũ Thị Chờ', email: waiting.email, password: waiting.password, grants: [] });
		await db.close();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await smtp?.close();
	});

	const fitsPhone = async (page: import('playwright-core').Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	it('lends by code, shows the loan in the reader\'s record, takes it back with JavaScript off and emails the reader waiting', async () => {
		const base = server.url;
		const bookTitle = `Sổ tay nuôi ong mật ${stamp}`;
		// the keeper, on their phone with JavaScript on: their shelf's desk
		const keeperCtx = await phoneContext(browser, { js: true });
		const { page: desk, problems } = await signInOnPage(keeperCtx, base, 'tusach.quangminh');
		await desk.goto(`${base}/library/desk`);
		await Promise.all([desk.waitForURL(/\/library\/desk\/[0-9a-f-]{36}$/), desk.locator('main h2 a').first().click()]);
		const deskUrl = desk.url();
		await expectAccessible(browser, desk);
		// a new book with one copy: its code is shown
		await desk.getByLabel('Tên sách').fill(bookTitle);
		await desk.getByLabel('Tác giả (không bắt buộc)').fill('Nguyễn Văn Ong');
		await desk.locator('#add-f-subject').selectOption('farming');
		await desk.locator('#add-f-ageGroup').selectOption('adult');
		await desk.getByRole('button', { name: 'Thêm sách và tạo mã' }).click();
		const added = await desk.getByRole('status').filter({ hasText: bookTitle }).textContent();
		const code = /mã ([2-9A-Z]{6})/.exec(added ?? '')![1]!;
		// lent to dan.lan by typing the code (the camera button stands beside it where the browser has one)
		await desk.locator('#lend-f-code').fill(code.toLowerCase());
		await desk.locator('#lend-f-reader').fill('dan.lan');
		await desk.getByRole('button', { name: 'Cho mượn', exact: true }).click();
		expect(await desk.getByRole('status').first().textContent()).toMatch(new RegExp(`Đã cho Nguyễn Thị Lan mượn "${bookTitle}" \\(mã ${code}\\), hạn trả \\d{2}/\\d{2}/\\d{4}\\.`));
		await fitsPhone(desk);
		await expectAccessible(browser, desk);

		// the reader sees it in their learning record
		const lanCtx = await phoneContext(browser, { js: false });
		const { page: lan } = await signInOnPage(lanCtx, base, 'dan.lan');
		await lan.goto(`${base}/account`);
		expect(await lan.locator('main').textContent()).toContain(bookTitle);
		await fitsPhone(lan);
		await expectAccessible(browser, lan);
		await lanCtx.close();

		// another reader finds it without accents and puts a hold on it at the shelf
		const waitCtx = await phoneContext(browser, { js: false });
		const { page: w } = await signInOnPage(waitCtx, base, waiting.login, waiting.password);
		await w.goto(`${base}/library?q=${encodeURIComponent(`so tay nuoi ong mat ${stamp}`)}`);
		await expectAccessible(browser, w);
		await Promise.all([w.waitForURL(/\/library\/titles\/[0-9a-f-]{36}/), w.getByRole('link', { name: bookTitle }).click()]);
		expect(await w.locator('main').textContent()).toContain('Cả 1 bản đang được mượn');
		await w.getByRole('button', { name: 'Đặt mượn ở tủ này' }).click();
		await w.getByText('Bạn đã vào hàng chờ.', { exact: false }).waitFor();
		await fitsPhone(w);
		await expectAccessible(browser, w);
		await waitCtx.close();

		// the keeper takes it back with JavaScript off, typing the code: it is held for the one waiting
		const offCtx = await phoneContext(browser, { js: false, storageState: await keeperCtx.storageState() });
		const off = await offCtx.newPage();
		const offProblems = watchConsole(off);
		await off.goto(deskUrl);
		await off.locator('#back-f-code').fill('ZZZZZZ');
		await off.getByRole('button', { name: 'Nhận lại', exact: true }).click();
		await off.getByText('Không có bản sách nào mang mã ZZZZZZ. Vui lòng kiểm tra lại mã trên nhãn.').waitFor();
		await expectAccessible(browser, off);
		await off.locator('#back-f-code').fill(code);
		await off.getByRole('button', { name: 'Nhận lại', exact: true }).click();
		expect(await off.getByRole('status').first().textContent()).toBe(`Đã nhận lại "${bookTitle}" (mã ${code}). Hãy để riêng cho Vũ Thị Chờ — bạn ấy đã đặt mượn và đã được báo qua thư.`);
		// the same copy again: not on loan, nothing changes
		await off.locator('#back-f-code').fill(code);
		await off.getByRole('button', { name: 'Nhận lại', exact: true }).click();
		await off.getByText(`Bản sách ${code} hiện không có ai mượn, nên không có gì để nhận lại. Không có thay đổi nào.`).waitFor();
		expect(await off.locator('main').textContent()).toContain(`đã giữ bản ${code}`);
		await fitsPhone(off);
		await expectAccessible(browser, off);

		// the reader who waited is emailed, over SMTP, from the background
		const mail = await smtp.next(waiting.email);
		expect(mail.subject).toBe(`Sách bạn đặt đã có: ${bookTitle}`);
		expect(mail.text).toContain('đang được giữ cho bạn');
		// the refusals answered 400 and 409; nothing else went wrong
		expect([...problems, ...offProblems].filter((p) => !/status of (400|409)/.test(p))).toEqual([]);
		await offCtx.close();
		await keeperCtx.close();
	});
});
