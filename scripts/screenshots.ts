/**
 * npm run screenshots: the main pages at 360 px (a cheap Android phone) and 1280 px (an office
 * computer), up to three screens long, into docs/screenshots/, from a running server with the demo locality
 * (`npm start` in another terminal; BASE=http://localhost:3000 by default). Signed out, as the
 * resident dan.lan and as the commune officer quangminh.canbo. Run it after a change to how pages
 * look, and look at the pictures before the change lands.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/lib/server/demo/seed';

const base = process.env.BASE ?? 'http://localhost:3000';
const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
const WIDTHS = [360, 1280] as const;

async function firstHref(browser: Browser, path: string, selector: string, login: string | null): Promise<string | null> {
	const page = await (await session(browser, 1280, login)).newPage();
	await page.goto(base + path);
	const href = await page.locator(selector).first().getAttribute('href').catch(() => null);
	await page.context().close();
	return href;
}

async function session(browser: Browser, width: number, login: string | null) {
	const ctx = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 }, locale: 'vi-VN', deviceScaleFactor: 1 });
	if (login) {
		const page = await ctx.newPage();
		await page.goto(`${base}/sign-in`);
		await page.getByLabel('Tên đăng nhập').fill(login);
		await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
		await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
		await page.close();
	}
	return ctx;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
try {
	const course = await firstHref(browser, '/courses', 'main ul a[href^="/courses/"]', null);
	const news = await firstHref(browser, '/news', 'main a[href^="/news/"]', null);
	const klass = await firstHref(browser, '/console', '.desk a[href^="/console/courses/"]', 'quangminh.canbo');
	const classPage = klass ? klass.replace(/^\/console\/courses\/[^#]+#class-/, '/console/classes/') : null;
	const sets: { who: string | null; pages: [string, string | null][] }[] = [
		{ who: null, pages: [['trang-chu', '/'], ['khoa-hoc', '/courses'], ['khoa-hoc-chi-tiet', course], ['tin-tuc', '/news'], ['tin-tuc-chi-tiet', news], ['dang-nhap', '/sign-in'], ['huong-dan', '/help']] },
		{ who: 'dan.lan', pages: [['nguoi-dan-trang-chu', '/'], ['nguoi-dan-tai-khoan', '/account']] },
		{ who: 'quangminh.canbo', pages: [['can-bo-tong-quan', '/console'], ['can-bo-lop-hoc', classPage], ['can-bo-so-lieu', '/console/learning-statistics'], ['can-bo-nguoi-dan', '/console/people']] }
	];
	mkdirSync(out, { recursive: true });
	for (const width of WIDTHS)
		for (const set of sets) {
			const ctx = await session(browser, width, set.who);
			const page = await ctx.newPage();
			for (const [name, path] of set.pages) {
				if (!path) {
					console.log(`${name}: no page to show in this database`);
					continue;
				}
				await page.goto(base + path);
				await page.waitForLoadState('networkidle');
				const wide = await page.evaluate(() => document.documentElement.scrollWidth);
				// at most three screens: enough to judge a page, and the repository stays light
				const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), width === 360 ? 740 * 3 : 800 * 3);
				await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true, clip: { x: 0, y: 0, width, height } });
				console.log(`${name}-${width}.png  ${path}${wide > width ? `  WIDER THAN THE SCREEN (${wide}px)` : ''}`);
			}
			await ctx.close();
		}
} finally {
	await browser.close();
}
