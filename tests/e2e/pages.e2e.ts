/**
 * Real Chromium against `node build`: the portal and the console on a 360-px phone, with
 * JavaScript on and off, an axe-core check on every page visited, and no CSP violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';

const chromiumPath = inject('chromium');
const server = inject('servers').find((s) => s.dialect === 'sqlite')!;
const base = server.url;

describe.skipIf(!chromiumPath)('pages in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function open(ctx: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
		const page = await ctx.newPage();
		const problems = watchConsole(page);
		await page.goto(base + path);
		return { page, problems };
	}

	async function signIn(ctx: BrowserContext, login: string, password = 'hoctap2026'): Promise<Page> {
		const { page } = await open(ctx, '/sign-in');
		await signInThroughPage(page, base, login, password);
		return page;
	}

	for (const js of [true, false]) {
		describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
			it('shows the portal in Vietnamese, switches to English, and passes axe', async () => {
				const ctx = await phoneContext(browser, { js });
				const { page, problems } = await open(ctx, '/');
				await expect(page.locator('h1').textContent()).resolves.toBe('Học tập suốt đời cho mọi người dân');
				expect(await page.locator('html').getAttribute('lang')).toBe('vi');
				const communes = await page.locator('#communes + .cards h3').allTextContents();
				expect(communes.sort()).toEqual(['Xã Mê Linh', 'Xã Quang Minh', 'Xã Tiến Thắng', 'Xã Yên Lãng']);
				// nothing wider than the phone
				const wide = await page.evaluate(() => ({
					width: document.documentElement.scrollWidth,
					// what sticks out, to say so when it does
					out: [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 361).slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 60)}`)
				}));
				expect(wide.width, wide.out.join(' | ')).toBeLessThanOrEqual(360);
				await expectAccessible(browser, page);
				await Promise.all([page.waitForURL(/\/$/), page.getByRole('link', { name: 'English' }).click()]);
				await expect(page.locator('h1').textContent()).resolves.toBe('Lifelong learning for every resident');
				expect(await page.locator('html').getAttribute('lang')).toBe('en');
				await expectAccessible(browser, page);
				expect(problems).toEqual([]);
				await ctx.close();
			});

			it('signs a commune officer in, shows only their scope, and answers 404 for Yên Lãng', async () => {
				const ctx = await phoneContext(browser, { js });
				const page = await signIn(ctx, 'quangminh.canbo');
				expect(new URL(page.url()).pathname).toBe('/console');
				await expectAccessible(browser, page);
				const nav = await page.locator('nav.side a').allTextContents();
				expect(nav).toContain('Cơ quan, tổ chức');
				expect(nav).not.toContain('Nhật ký hoạt động');
				expect(nav).not.toContain('Tài khoản và phân quyền');
				await page.goto(`${base}/console/organizations`);
				const units = await page.locator('tbody tr td:nth-child(3)').allTextContents();
				expect(units.length).toBeGreaterThan(3);
				expect(new Set(units)).toEqual(new Set(['Xã Quang Minh']));
				await expectAccessible(browser, page);
				const yl = await (await fetch(`${base}/api/v1/organizations?q=${encodeURIComponent('Yên Lãng')}&kind=learning_centre`)).json();
				const resp = await page.goto(`${base}/console/organizations/${yl.items[0].id}`);
				expect(resp?.status()).toBe(404);
				expect(await page.locator('h1').textContent()).toContain('404');
				await expectAccessible(browser, page);
				await ctx.close();
			});

			it('shows a field message for bad input and saves good input', async () => {
				const ctx = await phoneContext(browser, { js });
				const page = await signIn(ctx, 'quangminh.canbo');
				const qm = await (await fetch(`${base}/api/v1/organizations?q=${encodeURIComponent('Quang Minh')}&kind=learning_centre`)).json();
				await page.goto(`${base}/console/organizations/${qm.items[0].id}`);
				await page.getByLabel('Thư điện tử').fill('thu@khong-hop-le');
				await page.getByLabel('Số điện thoại').fill('12');
				await page.getByRole('button', { name: 'Lưu' }).click();
				await expect(page.getByText('Địa chỉ thư điện tử chưa đúng.').waitFor()).resolves.toBeUndefined();
				await expect(page.getByText('Số điện thoại chưa đúng (8–20 chữ số).').isVisible()).resolves.toBe(true);
				expect(await page.getByLabel('Thư điện tử').getAttribute('aria-invalid')).toBe('true');
				await expectAccessible(browser, page);
				await page.getByLabel('Thư điện tử').fill('ttht.quangminh@example.vn');
				await page.getByLabel('Số điện thoại').fill('0243 123 456');
				await page.getByRole('button', { name: 'Lưu' }).click();
				await expect(page.getByText('Đã lưu thông tin.').waitFor()).resolves.toBeUndefined();
				expect(await page.locator('dl.facts').textContent()).toContain('ttht.quangminh@example.vn');
				await ctx.close();
			});
		});
	}

	it('lets the administrator create an account, grant a scoped role, and see it in the audit log', async () => {
		const ctx = await phoneContext(browser, { js: true });
		const page = await signIn(ctx, 'admin');
		await page.goto(`${base}/console/accounts`);
		await expectAccessible(browser, page);
		await page.getByLabel('Tên đăng nhập', { exact: true }).fill('tienthang.canbo');
		await page.getByLabel('Họ và tên').fill('Hoàng Văn Tiến');
		await page.getByLabel('Mật khẩu ban đầu').fill('123456');
		await page.getByRole('button', { name: 'Thêm' }).click();
		await expect(page.getByText('Mật khẩu cần ít nhất 8 ký tự.').waitFor()).resolves.toBeUndefined();
		await page.getByLabel('Mật khẩu ban đầu').fill('password');
		await page.getByRole('button', { name: 'Thêm' }).click();
		await expect(page.getByText('Mật khẩu này quá phổ biến').waitFor()).resolves.toBeUndefined();
		await page.getByLabel('Mật khẩu ban đầu').fill('Lua-non-Tien-Thang-2026');
		await Promise.all([page.waitForURL(/\/console\/accounts\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Thêm' }).click()]);
		await page.getByLabel('Vai trò', { exact: true }).selectOption('commune_officer');
		await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Xã Tiến Thắng' });
		await page.getByRole('button', { name: 'Cấp vai trò' }).click();
		await expect(page.getByText('Đã cấp vai trò.').waitFor()).resolves.toBeUndefined();
		expect(await page.locator('tbody').textContent()).toContain('Xã Tiến Thắng');
		await expectAccessible(browser, page);
		await page.goto(`${base}/console/audit?action=grant.create`);
		expect(await page.locator('tbody').textContent()).toContain('commune_officer');
		await expectAccessible(browser, page);
		await ctx.close();

		// the new officer signs in and reaches only Tiến Thắng
		const ctx2 = await phoneContext(browser, { js: false });
		const p2 = await signIn(ctx2, 'tienthang.canbo', 'Lua-non-Tien-Thang-2026');
		await p2.goto(`${base}/console/organizations`);
		expect(new Set(await p2.locator('tbody tr td:nth-child(3)').allTextContents())).toEqual(new Set(['Xã Tiến Thắng']));
		await ctx2.close();
	});

	it('keeps residents out of the console and lets them manage tokens and sign out everywhere', async () => {
		const ctx = await phoneContext(browser, { js: false });
		const page = await signIn(ctx, 'dan.lan');
		expect(new URL(page.url()).pathname).toBe('/account');
		await expectAccessible(browser, page);
		const r = await page.goto(`${base}/console`);
		expect(r?.status()).toBe(403);
		await page.goto(`${base}/account/security`);
		await page.getByLabel('Tên gợi nhớ').fill('Ứng dụng đọc sách');
		await page.getByRole('button', { name: 'Tạo mã' }).click();
		const secret = await page.locator('code.secret').textContent();
		expect(secret).toMatch(/^sd_/);
		expect((await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
		await page.goto(`${base}/account/security`);
		expect(await page.content()).not.toContain(secret!);
		await page.getByRole('button', { name: 'Thu hồi' }).first().click();
		await page.waitForLoadState();
		expect((await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
		// a second device
		const other = await phoneContext(browser, { js: false });
		const p2 = await signIn(other, 'dan.lan');
		await page.goto(`${base}/account/security`);
		// devices by name, never a raw user-agent string
		expect(await page.locator('main table').first().textContent()).not.toContain('Mozilla/5.0');
		await Promise.all([page.waitForURL(/\/\?signedout=1$/), page.getByRole('button', { name: 'Đăng xuất trên mọi thiết bị' }).click()]);
		const again = await p2.goto(`${base}/account`);
		expect(new URL(again!.url()).pathname).toBe('/sign-in');
		await ctx.close();
		await other.close();
	});

	it('slows a guessing loop at the sign-in form with a clear message', async () => {
		const ctx = await phoneContext(browser, { js: false });
		const { page } = await open(ctx, '/sign-in');
		let message = '';
		// after five free guesses the waits double from one second: on a machine slow enough for a
		// guess to take longer than the first wait, a later guess meets the longer one
		for (let i = 0; i < 12 && !/Vui lòng thử lại sau/.test(message); i++) {
			await page.getByLabel('Tên đăng nhập').fill('melinh.khuyenhoc');
			await page.getByLabel('Mật khẩu').fill(`doan-sai-${i}`);
			await page.getByRole('button', { name: 'Đăng nhập' }).click();
			await page.waitForLoadState();
			message = (await page.locator('.notice.bad').textContent()) ?? '';
			if (i < 5) expect(message, `guess ${i + 1} is free`).not.toMatch(/Vui lòng thử lại sau/);
		}
		expect(message).toMatch(/Vui lòng thử lại sau \d+ giây/);
		await expectAccessible(browser, page);
		await ctx.close();
	});
});

const setupUrl = inject('setupServer');
describe.skipIf(!chromiumPath || !setupUrl)('first run on PostgreSQL', () => {
	it('leads the first visit to the setup page and creates the first administrator', async () => {
		const browser = await launch(chromiumPath!);
		try {
			const ctx = await phoneContext(browser, { js: true });
			const page = await ctx.newPage();
			await page.goto(setupUrl!);
			expect(new URL(page.url()).pathname).toBe('/setup');
			await expectAccessible(browser, page);
			await page.getByLabel('Tên đăng nhập').fill('quantri');
			await page.getByLabel('Họ và tên').fill('Quản trị Hà Nội');
			await page.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill('12345678');
			await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
			await expect(page.getByText('Mật khẩu này quá phổ biến').waitFor()).resolves.toBeUndefined();
			await page.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill('Khuyen-hoc-Ha-Noi-2026');
			await Promise.all([page.waitForURL(/\/console$/), page.getByRole('button', { name: 'Tạo quản trị viên' }).click()]);
			expect(await page.locator('main').textContent()).toContain('Quản trị viên');
			const health = await (await fetch(`${setupUrl}/api/v1/health`)).json();
			expect(health.database).toBe('postgres');
			// setup is gone now
			await page.goto(`${setupUrl}/setup`);
			expect(new URL(page.url()).pathname).not.toBe('/setup');
			await ctx.close();
		} finally {
			await browser.close();
		}
	});
});
