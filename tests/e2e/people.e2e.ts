/** Residents through the API and the console: scoped on both databases, usable with JavaScript off. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadedBytes, expectAccessible, launch, phoneContext, signInThroughPage } from './browser';
import { Client, jsonOf } from './http';
import { readTable } from '../../src/lib/server/platform/spreadsheet';

const chromiumPath = inject('chromium');
const servers = inject('servers');

async function villageOf(base: string, commune: string): Promise<string> {
	const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/units`));
	const id = units.units.find((u) => u.name === commune)!.id;
	return (await jsonOf<{ children: { id: string }[] }>(await fetch(`${base}/api/v1/units/${id}`))).children[0]!.id;
}

for (const server of servers) {
	describe(`people API [${server.dialect}]`, () => {
		it('keeps Yên Lãng residents out of a Quang Minh officer’s list, search, detail and household (404)', async () => {
			const yl = new Client(server.url);
			await yl.signIn('yenlang.canbo');
			const made = await yl.req('POST', '/api/v1/people', { fullName: 'Đỗ Văn Lãng', birthDate: '1980-08-08', gender: 'male', villageId: await villageOf(server.url, 'Xã Yên Lãng') });
			expect(made.status).toBe(201);
			const r = await jsonOf<{ id: string; householdId: string }>(made);
			const qm = new Client(server.url);
			await qm.signIn('quangminh.canbo');
			expect((await jsonOf<{ total: number }>(await qm.req('GET', '/api/v1/people?q=do+van+lang'))).total).toBe(0);
			expect((await qm.req('GET', `/api/v1/people/${r.id}`)).status).toBe(404);
			expect((await qm.req('PATCH', `/api/v1/people/${r.id}`, { phone: '0900000000' })).status).toBe(404);
			expect((await qm.req('GET', `/api/v1/households/${r.householdId}`)).status).toBe(404);
			expect((await qm.req('GET', `/console/people/${r.id}`)).status).toBe(404);
			expect((await jsonOf<{ total: number }>(await yl.req('GET', '/api/v1/people?q=DO+van+la'))).total).toBe(1);
			expect((await new Client(server.url).req('GET', '/api/v1/people')).status).toBe(401);
			// consent through the API: an adult alone; the other commune cannot even see it
			const given = await yl.req('POST', `/api/v1/people/${r.id}/consents`, { purpose: 'honour_board', givenBy: 'self', method: 'paper' });
			expect(given.status).toBe(201);
			const st = await jsonOf<{ purposes: { purpose: string; granted: boolean }[]; records: { id: string }[] }>(given);
			expect(st.purposes.find((p) => p.purpose === 'honour_board')!.granted).toBe(true);
			expect((await qm.req('GET', `/api/v1/people/${r.id}/consents`)).status).toBe(404);
			expect((await qm.req('DELETE', `/api/v1/consents/${st.records[0]!.id}`)).status).toBe(404);
			expect((await yl.req('DELETE', `/api/v1/consents/${st.records[0]!.id}`)).status).toBe(200);
			expect((await yl.req('POST', `/api/v1/people/${r.id}/consents`, { purpose: 'x', givenBy: 'nobody', method: 'pigeon' })).status).toBe(400);
			// access and erasure: only within scope
			expect((await qm.req('GET', `/api/v1/people/${r.id}/export`)).status).toBe(404);
			expect((await qm.req('POST', `/api/v1/people/${r.id}/erasure`)).status).toBe(404);
			const exported = await yl.req('GET', `/api/v1/people/${r.id}/export`);
			expect(exported.headers.get('content-disposition')).toContain('attachment');
			expect((await jsonOf<{ resident: { fullName: string } }>(exported)).resident.fullName).toBe('Đỗ Văn Lãng');
			const before = await jsonOf<{ total: number }>(await yl.req('GET', '/api/v1/people/statistics'));
			expect((await yl.req('POST', `/api/v1/people/${r.id}/erasure`)).status).toBe(204);
			expect(await jsonOf<{ total: number }>(await yl.req('GET', '/api/v1/people/statistics'))).toEqual(before);
			expect((await yl.req('GET', `/api/v1/people/${r.id}`)).status).toBe(404);
			const bad = await yl.req('POST', '/api/v1/people', { fullName: '', birthDate: 'hôm qua', gender: '?', villageId: 'x' });
			expect(bad.status).toBe(400);
			expect(Object.keys((await jsonOf<{ errors: Record<string, string> }>(bad)).errors).sort()).toEqual(['birthDate', 'fullName', 'gender', 'villageId']);
		});
	});
}

describe.skipIf(!chromiumPath)('people in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('lets a commune officer add a resident with JavaScript off, and shows field messages', async () => {
		const base = servers.find((s) => s.dialect === 'sqlite')!.url;
		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'quangminh.canbo');
		expect(new URL(page.url()).pathname).toBe('/console');
		await page.goto(`${base}/console/people`);
		await expectAccessible(browser, page);
		await page.getByLabel('Họ và tên').fill('<b>Vũ</b> Thị Mơ');
		await page.getByLabel('Ngày sinh').fill('2999-01-01');
		await page.getByRole('button', { name: 'Thêm' }).click();
		await page.getByText('Ngày sinh chưa đúng (từ năm 1900 đến hôm nay).').waitFor();
		await expectAccessible(browser, page);
		await page.getByLabel('Ngày sinh').fill('1956-04-30');
		await Promise.all([page.waitForURL(/\/console\/people\/[0-9a-f-]{36}\?created=1$/), page.getByRole('button', { name: 'Thêm' }).click()]);
		expect(await page.locator('h1').textContent()).toBe('<b>Vũ</b> Thị Mơ'); // shown as text, never as markup
		expect(await page.locator('h1 b').count()).toBe(0);
		await expectAccessible(browser, page);
		await Promise.all([page.waitForURL(/\/console\/households\//), page.getByRole('link', { name: 'Chủ hộ' }).click()]);
		await expectAccessible(browser, page);
		await ctx.close();
	});

	for (const dialect of ['sqlite', 'postgres'] as const)
		it(`exports an officer's residents in the background, shows the progress and hands over the file [${dialect}]`, async () => {
			const base = servers.find((s) => s.dialect === dialect)!.url;
			const qm = new Client(base);
			await qm.signIn('quangminh.canbo');
			const village = await villageOf(base, 'Xã Quang Minh');
			for (const fullName of ['Nguyễn Thị Xuất Tệp', 'Nguyễn Văn Xuất Tệp', 'Lê Văn Không Xuất'])
				expect((await qm.req('POST', '/api/v1/people', { fullName, birthDate: '1955-05-05', gender: 'female', villageId: village, phone: '0987654321' })).status).toBe(201);
			const ctx = await phoneContext(browser, { js: true });
			const page = await ctx.newPage();
			await signInThroughPage(page, base, 'quangminh.canbo');
			await page.goto(`${base}/console/people?q=xuat+tep`);
			await Promise.all([page.waitForURL(/\/console\/exports\?asked=1$/), page.getByRole('button', { name: 'Xuất danh sách (Excel)' }).click()]);
			await page.getByText('Đã nhận yêu cầu xuất tệp.').waitFor();
			// the page looks again by itself until the job has written the file
			const link = page.getByRole('link', { name: 'Tải tệp về' }).first();
			await link.waitFor();
			await expectAccessible(browser, page);
			const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
			expect(download.suggestedFilename()).toMatch(/^danh-sach-nguoi-dan-\d{8}-\d{4}\.xlsx$/);
			const table = await readTable(new Uint8Array(await downloadedBytes(download)), 'x.xlsx');
			expect(table.headers[0]).toBe('Họ và tên');
			// the filter came along; the phone keeps its leading 0
			expect(table.rows.map((r) => r.cells[0]).sort()).toEqual(['Nguyễn Thị Xuất Tệp', 'Nguyễn Văn Xuất Tệp']);
			expect(table.rows[0]!.cells[5]).toBe('0987654321');
			await ctx.close();
		});
});
