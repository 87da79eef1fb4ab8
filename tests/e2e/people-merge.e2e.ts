/**
 * Duplicate records in the officer's console (JavaScript off): two records of the same person
 * are listed as possible duplicates and merged into the one kept; the other reads as gone.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, rowCells as cells, signInOnPage } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const base = inject('servers').find((s) => s.dialect === 'sqlite')!.url;
const tag = String(Date.now() % 1_000_000).padStart(6, '0');
const LONG = 300_000;
const born = `1962-04-${String(10 + (Date.now() % 18))}`;
const viDate = (iso: string) => iso.split('-').reverse().join('/');
const unexpected = (problems: string[]) => problems.filter((p) => p !== 'Failed to load resource: the server responded with a status of 400 (Bad Request)');

async function quangMinhVillages(): Promise<{ id: string; name: string }[]> {
	const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/units`));
	const id = units.units.find((u) => u.name === 'Xã Quang Minh')!.id;
	const detail = await jsonOf<{ children: { id: string; name: string; level: string }[] }>(await fetch(`${base}/api/v1/units/${id}`));
	return detail.children.filter((c) => c.level === 'village');
}

describe.skipIf(!chromiumPath)('duplicate records in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});
	const signIn = (ctx: BrowserContext, login: string) => signInOnPage(ctx, base, login);

	it('lists two records of the same person as possible duplicates and merges them from the kept record', { timeout: LONG }, async () => {
		const qm = new Client(base);
		expect((await qm.signIn('quangminh.canbo')).status).toBe(201);
		const village = (await quangMinhVillages()).at(-1)!;
		// "A…" sorts early: the page shows the first fifty groups
		const name = `An Thị Trùng ${tag}`;
		const make = async (extra: Record<string, string>) => {
			const r = await qm.req('POST', '/api/v1/people', { fullName: name, birthDate: born, gender: 'female', villageId: village.id, ...extra });
			expect(r.status).toBe(201);
			return (await jsonOf<{ id: string }>(r)).id;
		};
		const keep = await make({});
		const drop = await make({ phone: '0961 222 333' });

		const ctx = await phoneContext(browser, { js: false });
		const { page, problems } = await signIn(ctx, 'quangminh.canbo');
		await page.goto(`${base}/console/people/duplicates`);
		expect(await page.locator('h1').textContent()).toBe('Hồ sơ có thể trùng');
		expect((await cells(page, name)).slice(0, 3)).toEqual([name, viDate(born), '2']);
		const hrefs = await page.locator('tbody tr', { hasText: name }).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect([...hrefs].sort()).toEqual([`/console/people/${keep}`, `/console/people/${drop}`].sort());
		await expectAccessible(browser, page);

		await page.goto(`${base}/console/people/${keep}`);
		expect(await page.locator('h1').textContent()).toBe(name);
		expect(await page.locator('dl.facts').textContent()).not.toContain('0961 222 333');
		await expectAccessible(browser, page);
		// a record cannot be merged into itself
		await page.getByLabel('Mã hồ sơ thừa').fill(keep);
		await page.getByRole('button', { name: 'Gộp vào hồ sơ này' }).click();
		await page.locator('#merge-f-dropId-err').waitFor();
		expect(await page.locator('#merge-f-dropId-err').textContent()).toBe('Hãy chọn hai hồ sơ khác nhau.');
		expect(await page.getByLabel('Mã hồ sơ thừa').inputValue()).toBe(keep);
		await expectAccessible(browser, page);
		await page.getByLabel('Mã hồ sơ thừa').fill(drop);
		await page.getByRole('button', { name: 'Gộp vào hồ sơ này' }).click();
		await page.getByText('Đã gộp hồ sơ.').waitFor();
		expect(new URL(page.url()).pathname).toBe(`/console/people/${keep}`);
		// the missing phone passed to the kept record
		expect(await page.locator('dl.facts').textContent()).toContain('0961 222 333');
		await expectAccessible(browser, page);

		await page.goto(`${base}/console/people/duplicates`);
		expect(await page.locator('tbody tr', { hasText: name }).count()).toBe(0);
		await expectAccessible(browser, page);
		expect(unexpected(problems)).toEqual([]);
		const gone = await page.goto(`${base}/console/people/${drop}`);
		expect(gone?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Có lỗi 404');
		await expectAccessible(browser, page);
		const left = await jsonOf<{ items: { id: string }[] }>(await qm.req('GET', `/api/v1/people?q=${encodeURIComponent(`an thi trung ${tag}`)}`));
		expect(left.items.map((p) => p.id)).toEqual([keep]);
		await ctx.close();
	});
});
