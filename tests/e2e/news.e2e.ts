/**
 * News in Chromium: a commune officer publishes an announcement and anyone finds it from the
 * public search typed without accents, with JavaScript on and off; stored HTML injection in a
 * title or body never executes.
 */
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const servers = inject('servers');
const base = servers.find((s) => s.dialect === 'sqlite')!.url;

for (const server of servers) {
	describe(`news API [${server.dialect}]`, () => {
		it('searches published items as people type, and hides drafts', async () => {
			const c = new Client(server.url);
			await c.signIn('yenlang.canbo');
			const me = await jsonOf<{ roles: { scopeName: string }[] }>(await c.req('GET', '/api/v1/me'));
			expect(me.roles[0]!.scopeName).toBe('Xã Yên Lãng');
			const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${server.url}/api/v1/units`));
			const yl = units.units.find((u) => u.name === 'Xã Yên Lãng')!.id;
			const made = await c.req('POST', '/api/v1/news', { kind: 'announcement', title: 'Lịch học Đường làng số hóa ở thôn Xuân Trạch', body: 'Mời bà con tham gia.', scopeUnitId: yl, status: 'published' });
			expect(made.status).toBe(201);
			const draft = await jsonOf<{ id: string }>(await c.req('POST', '/api/v1/news', { kind: 'news', title: 'Bản nháp đường làng', body: 'Chưa đăng.', scopeUnitId: yl }));
			const found = await jsonOf<{ items: { title: string }[] }>(await fetch(`${server.url}/api/v1/news?q=${encodeURIComponent('duong lang so hoa xuan tra')}`));
			expect(found.items.map((i) => i.title)).toEqual(['Lịch học Đường làng số hóa ở thôn Xuân Trạch']);
			expect((await fetch(`${server.url}/api/v1/news/${draft.id}`)).status).toBe(404);
			expect((await c.req('GET', `/api/v1/news/${draft.id}`)).status).toBe(200);
			const other = new Client(server.url);
			await other.signIn('quangminh.canbo');
			expect((await other.req('GET', `/api/v1/news/${draft.id}`)).status).toBe(404);
			expect((await other.req('PATCH', `/api/v1/news/${draft.id}`, { status: 'published' })).status).toBe(404);
			expect((await fetch(`${server.url}/api/v1/news?kind=rumour`)).status).toBe(400);
			// a cover picture through the API, served from /files and shared as og:image
			const { id: pubId } = await jsonOf<{ id: string }>(made);
			const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } }).png().toBuffer();
			const fd = new FormData();
			fd.set('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anh.png');
			fd.set('alt', 'Bà con học kỹ năng số');
			const up = await fetch(`${server.url}/api/v1/news/${pubId}/cover`, { method: 'PUT', headers: { cookie: c.cookie!, origin: server.url }, body: fd });
			expect(up.status).toBe(200);
			const cover = (await jsonOf<{ cover: { url: string; width: number } }>(up)).cover;
			expect(cover.width).toBe(1200);
			const img = await fetch(server.url + cover.url);
			expect(img.headers.get('content-type')).toBe('image/webp');
			expect(img.headers.get('cache-control')).toContain('immutable');
			const html = await (await fetch(`${server.url}/news/${pubId}`)).text();
			expect(html).toContain(`<meta property="og:image" content="${server.url}${cover.url}"`);
			const bad = new FormData();
			bad.set('file', new Blob(['<svg onload="alert(1)"/>'], { type: 'image/svg+xml' }), 'x.svg');
			const refused = await fetch(`${server.url}/api/v1/news/${pubId}/cover`, { method: 'PUT', headers: { cookie: c.cookie!, origin: server.url }, body: bad });
			expect(refused.status).toBe(400);
			expect((await jsonOf<{ errors: Record<string, string> }>(refused)).errors.file).toMatch(/JPEG, PNG hoặc WebP/);
			expect((await fetch(`${server.url}/files/news/../../etc/passwd`)).status).toBe(404);
			const feed = await fetch(`${server.url}/news/feed.xml`);
			expect(feed.headers.get('content-type')).toContain('application/rss+xml');
			expect(await feed.text()).toContain('Lịch học Đường làng số hóa ở thôn Xuân Trạch');
		});
	});
}

describe.skipIf(!chromiumPath)('news in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const js of [true, false]) {
		it(`lets an officer publish an announcement that the public search finds without accents (JavaScript ${js ? 'on' : 'off'})`, async () => {
			const ctx = await phoneContext(browser, { js });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await signInThroughPage(page, base, 'quangminh.canbo');
			expect(new URL(page.url()).pathname).toBe('/console');
			await page.goto(`${base}/console/news/new`);
			await expectAccessible(browser, page);
			const title = `Thông báo mở lớp Tiếng Anh giao tiếp ${js ? 'buổi tối' : 'cuối tuần'}`;
			await page.getByLabel('Loại tin').selectOption('announcement');
			await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
			await page.getByLabel(/^Nội dung/).fill('## Thời gian\n\nTừ **15/12/2026**, tại nhà văn hóa thôn.\n\n- Miễn phí\n- Đăng ký với cô Hương');
			await page.getByRole('button', { name: 'Xem trước' }).click();
			await page.getByRole('region', { name: 'Xem trước' }).waitFor();
			expect(await page.locator('.prose strong').first().textContent()).toBe('15/12/2026');
			await Promise.all([page.waitForURL(/\/console\/news\/[0-9a-f-]{36}\?created=1$/), page.getByRole('button', { name: 'Đăng tin' }).click()]);
			await expectAccessible(browser, page);
			// anyone, signed out, finds it typing without accents
			const visitor = await phoneContext(browser, { js });
			const v = await visitor.newPage();
			await v.goto(`${base}/news`);
			await v.getByLabel('Tìm tin').fill(js ? 'tieng anh giao tiep buoi toi' : 'TIENG anh giao tiep cuoi tu');
			await Promise.all([v.waitForURL(/q=/), v.getByRole('button', { name: 'Tìm' }).click()]);
			await v.getByRole('link', { name: title }).waitFor();
			await expectAccessible(browser, v);
			await Promise.all([v.waitForURL(/\/news\/[0-9a-f-]{36}$/), v.getByRole('link', { name: title }).click()]);
			expect(await v.locator('h1').textContent()).toBe(title);
			expect(await v.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
			await expectAccessible(browser, v);
			expect(problems).toEqual([]);
			await ctx.close();
			await visitor.close();
		});
	}

	it('never executes HTML stored in a title or body', async () => {
		const c = new Client(base);
		await c.signIn('admin');
		const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
		const r = await c.req('POST', '/api/v1/news', { kind: 'story', title: `Gương sáng ${attack}`, summary: attack, body: `${attack}\n\n[nhấn](javascript:window.__pwned=3)\n\n<a href="#" onclick="window.__pwned=4">x</a>`, status: 'published' });
		const { id } = await jsonOf<{ id: string }>(r);
		for (const path of [`/news/${id}`, `/news?q=guong+sang`, `/console/news/${id}`, `/console/news`]) {
			const ctx = await phoneContext(browser, { js: true });
			const page = await ctx.newPage();
			if (path.startsWith('/console')) {
				await signInThroughPage(page, base, 'admin');
			}
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
			const links = page.locator('a', { hasText: 'nhấn' });
			if ((await links.count()) > 0) await links.first().click().catch(() => {});
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0), path).toBe(0);
			expect(dialogs).toBe(0);
			// no injected element or handler made it into the DOM (the text shows escaped)
			expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], [onclick]').length), path).toBe(0);
			await ctx.close();
		}
	});
});
