/**
 * Screenshots of pages at 360×740 (a cheap Android phone), full length, for a person to look at
 * before a change lands: `tsx scripts/dev/shots.ts <base> <login|-> <out-dir> <path>...`.
 * Signs in through the page with the demo password when a login is given.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/lib/server/demo/seed';

const [base, login, out, ...paths] = process.argv.slice(2);
if (!base || !login || !out || paths.length === 0) throw new Error('usage: shots.ts <base> <login|-> <out-dir> <path>...');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })).newPage();
if (login !== '-') {
	await page.goto(`${base}/sign-in`);
	await page.getByLabel(/Tên đăng nhập|đăng nhập/i).first().fill(login);
	await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
	await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.locator('form button[type=submit]').first().click()]);
}
for (const p of paths) {
	await page.goto(`${base}${p}`);
	await page.waitForLoadState('networkidle');
	const name = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
	// SHOT_FULL=0: the first screen only (a long list is unreadable scaled down)
	await page.screenshot({ path: join(out, `${name}.png`), fullPage: process.env.SHOT_FULL !== '0' });
	const wide = await page.evaluate(() => document.documentElement.scrollWidth);
	console.log(`${p}: ${wide > 360 ? `TOO WIDE (${wide}px)` : 'fits 360px'}`);
}
await browser.close();
