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

	it('sets a reading challenge in the console, a reader joins with JavaScript off, brings a book back and gets the certificate', async () => {
		const base = server.url;
		const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
		const inAMonth = new Date(Date.now() + (7 + 24 * 30) * 3_600_000).toISOString().slice(0, 10);
		const name = `Thử thách một cuốn sách ${stamp}`;
		// the commune's officer sets it with JavaScript off; a wrong goal is told and nothing is written
		const qmCtx = await phoneContext(browser, { js: false });
		const { page: qm, problems } = await signInOnPage(qmCtx, base, 'quangminh.canbo');
		await qm.goto(`${base}/console/library/challenges`);
		await qm.getByLabel('Tên thử thách').fill(name);
		await qm.locator('#f-occasion').selectOption('week');
		await qm.locator('#f-orgId').selectOption({ label: 'Trung tâm học tập cộng đồng xã Quang Minh (Xã Quang Minh)' });
		await qm.getByLabel('Ngày bắt đầu').fill(today);
		await qm.getByLabel('Ngày kết thúc').fill(inAMonth);
		await qm.getByLabel('Số sách cần đọc').fill('0');
		await qm.getByRole('button', { name: 'Mở thử thách' }).click();
		await qm.locator('#f-goalBooks-err').waitFor();
		await qm.getByLabel('Số sách cần đọc').fill('1');
		await Promise.all([qm.waitForURL(/\/console\/library\/challenges\/[0-9a-f-]{36}(#.*)?$/), qm.getByRole('button', { name: 'Mở thử thách' }).click()]);
		expect(await qm.locator('h1').textContent()).toBe(name);
		await fitsPhone(qm);
		await expectAccessible(browser, qm);

		// a reader finds it and joins, with JavaScript off
		const rCtx = await phoneContext(browser, { js: false });
		const { page: r } = await signInOnPage(rCtx, base, waiting.login, waiting.password);
		await r.goto(`${base}/library/challenges`);
		await Promise.all([r.waitForURL(/\/library\/challenges\/[0-9a-f-]{36}$/), r.getByRole('link', { name }).click()]);
		const challengeUrl = r.url();
		await r.getByRole('button', { name: 'Tham gia thử thách' }).click();
		await r.getByText('Bạn đã tham gia thử thách.', { exact: false }).waitFor();
		expect(await r.locator('main').textContent()).toContain('Đã đọc 0/1 cuốn');
		await fitsPhone(r);
		await expectAccessible(browser, r);

		// the keeper lends a new book to the reader and takes it back, typing the code, JavaScript off
		const kCtx = await phoneContext(browser, { js: false });
		const { page: k } = await signInOnPage(kCtx, base, 'tusach.quangminh');
		await k.goto(`${base}/library/desk`);
		await Promise.all([k.waitForURL(/\/library\/desk\/[0-9a-f-]{36}$/), k.locator('main h2 a').first().click()]);
		const bookTitle = `Chuyện đọc sách của bà ${stamp}`;
		await k.getByLabel('Tên sách').fill(bookTitle);
		await k.locator('#add-f-subject').selectOption('literature');
		await k.locator('#add-f-ageGroup').selectOption('all');
		await k.getByRole('button', { name: 'Thêm sách và tạo mã' }).click();
		const added = await k.getByRole('status').filter({ hasText: bookTitle }).textContent();
		const code = /mã ([2-9A-Z]{6})/.exec(added ?? '')![1]!;
		await k.locator('#lend-f-code').fill(code);
		await k.locator('#lend-f-reader').fill(waiting.login);
		await k.getByRole('button', { name: 'Cho mượn', exact: true }).click();
		await k.getByRole('status').filter({ hasText: 'Đã cho Vũ Thị Chờ mượn' }).waitFor();
		await k.locator('#back-f-code').fill(code);
		await k.getByRole('button', { name: 'Nhận lại', exact: true }).click();
		await k.getByRole('status').filter({ hasText: 'Đã nhận lại' }).waitFor();

		// the goal met: the certificate comes from the background job, with a letter over SMTP
		let mail = await smtp.next(waiting.email);
		if (!mail.subject.includes('thử thách')) mail = await smtp.next(waiting.email);
		expect(mail.subject).toBe(`Chúc mừng bạn đã hoàn thành thử thách đọc: ${name}`);
		await r.goto(challengeUrl);
		expect(await r.locator('main').textContent()).toContain('Chúc mừng bạn đã hoàn thành thử thách với 1 cuốn sách!');
		await Promise.all([r.waitForURL(/\/verify\//), r.getByRole('link', { name: 'Trang xác minh' }).click()]);
		const verified = await r.locator('main').textContent();
		expect(verified).toContain('Thử thách đọc sách');
		expect(verified).toContain(name);
		expect(mail.text).toContain(r.url());
		await fitsPhone(r);
		await expectAccessible(browser, r);
		// the refused goal answered 400; nothing else went wrong
		expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
		await Promise.all([qmCtx.close(), rCtx.close(), kCtx.close()]);
	});
});
