/**
 * Residents from a spreadsheet, over HTTP on both databases and in Chromium with JavaScript on
 * and off: a refused row is named by line, column and reason and nothing is written; a clean
 * file is written whole; names carrying HTML stay text; the officer then announces the update
 * and anyone finds it from the public search typed without accents.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const servers = inject('servers');
const HEADER = 'Họ và tên,Ngày sinh,Giới tính,Thôn/Tổ dân phố,Mã hộ,Quan hệ với chủ hộ,Điện thoại,Email';

interface UnitRef {
	id: string;
	name: string;
	level: string;
}

/** Xã Quang Minh's id and the names of its villages, as the public API answers them. */
async function quangMinh(base: string): Promise<{ id: string; villages: string[] }> {
	const units = await jsonOf<{ units: UnitRef[] }>(await fetch(`${base}/api/v1/units`));
	const id = units.units.find((u) => u.name === 'Xã Quang Minh')!.id;
	const detail = await jsonOf<{ children: UnitRef[] }>(await fetch(`${base}/api/v1/units/${id}`));
	const villages = detail.children.filter((c) => c.level === 'village').map((c) => c.name);
	expect(villages.length).toBeGreaterThan(1);
	return { id, villages };
}

/** A CSV as an officer saves it from Excel: BOM, the template's header, CRLF; cells quoted when needed. */
function csvOf(rows: string[][]): string {
	const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
	return '\uFEFF' + [HEADER, ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}

interface ImportAnswer {
	id: string;
	status: string;
	totalRows: number;
	rejectedRows: number;
	imported: number;
	households: number;
	problems: { line: number; column: string | null; key: string; message: string }[];
}

async function upload(base: string, cookie: string | null, f: { name: string; content: string; unit: string; commit?: boolean }): Promise<Response> {
	const fd = new FormData();
	fd.set('file', new Blob([f.content], { type: 'text/csv' }), f.name);
	fd.set('unit', f.unit);
	if (f.commit) fd.set('commit', 'true');
	return fetch(`${base}/api/v1/imports/people`, { method: 'POST', headers: { origin: base, ...(cookie ? { cookie } : {}) }, body: fd });
}

for (const server of servers) {
	describe(`imports API [${server.dialect}]`, () => {
		it('checks a file row by row, writes all rows or none, and keeps each import within its commune', async () => {
			const d = server.dialect === 'sqlite' ? 'Sqlite' : 'Postgres';
			const { id: qm, villages } = await quangMinh(server.url);
			const [v1, v2] = villages as [string, string];
			const c = new Client(server.url);
			expect((await c.signIn('quangminh.canbo')).status).toBe(201);
			const total = async (q: string) => (await jsonOf<{ total: number }>(await c.req('GET', `/api/v1/people?q=${encodeURIComponent(q)}`))).total;

			const clean = csvOf([
				[`Ông Văn Nhập ${d}`, '15/03/1975', 'Nam', v1, 'H1', 'Chủ hộ', '0912 345 678', ''],
				[`Ông Thị Nhập ${d}`, '1978-09-02', 'Nữ', v1, 'H1', 'Vợ', '', `nhap.${d.toLowerCase()}@example.vn`],
				[`Ông Minh Nhập ${d}`, '20/11/2012', 'Nam', v1, 'H1', 'Con', '', ''],
				[`Bế Văn Nhập ${d}`, '30/01/1960', 'Nam', v2, 'H2', 'Chủ hộ', '', '']
			]);
			// row 3 of the file (the header is row 1): 31 February
			const bad = csvOf([
				[`Lỗi Văn Nhập ${d}`, '15/03/1975', 'Nam', v1, 'E1', 'Chủ hộ', '', ''],
				[`Lỗi Thị Nhập ${d}`, '31/02/1980', 'Nữ', v1, 'E1', 'Vợ', '', '']
			]);

			// no session, another commune's officer, a file that is no spreadsheet
			expect((await upload(server.url, null, { name: 'nhan-khau.csv', content: clean, unit: qm })).status).toBe(401);
			const yl = new Client(server.url);
			await yl.signIn('yenlang.canbo');
			expect((await upload(server.url, yl.cookie, { name: 'nhan-khau.csv', content: clean, unit: qm, commit: true })).status).toBe(404);
			const pdf = await upload(server.url, c.cookie, { name: 'nhan-khau.pdf', content: clean, unit: qm });
			expect(pdf.status).toBe(400);
			expect((await jsonOf<{ errors: Record<string, string> }>(pdf)).errors).toEqual({ fileName: 'Chỉ nhận tệp .xlsx hoặc .csv.' });
			expect(await total(`ong nhap ${d}`)).toBe(0);

			// a preview names the bad row, its column and why, in Vietnamese; nothing is written
			const preview = await upload(server.url, c.cookie, { name: 'loi.csv', content: bad, unit: qm });
			expect(preview.status).toBe(200);
			const p = await jsonOf<ImportAnswer>(preview);
			expect(p.status).toBe('checked');
			expect(p.totalRows).toBe(2);
			expect(p.rejectedRows).toBe(1);
			expect(p.imported).toBe(0);
			expect(p.problems.map((x) => [x.line, x.column, x.message])).toEqual([[3, 'Ngày sinh', 'Ngày sinh “31/02/1980” không đúng. Hãy ghi ngày/tháng/năm, ví dụ 15/03/1975.']]);
			expect(await total(`loi nhap ${d}`)).toBe(0);

			// asked to commit, the same file is refused whole (422)
			const refused = await upload(server.url, c.cookie, { name: 'loi.csv', content: bad, unit: qm, commit: true });
			expect(refused.status).toBe(422);
			const rj = await jsonOf<ImportAnswer>(refused);
			expect(rj.imported).toBe(0);
			expect(rj.problems.map((x) => [x.line, x.column])).toEqual([[3, 'Ngày sinh']]);
			expect(await total(`loi nhap ${d}`)).toBe(0);
			expect(await total(`loi van nhap ${d}`)).toBe(0);

			// a clean file is written whole
			const made = await upload(server.url, c.cookie, { name: 'sach.csv', content: clean, unit: qm, commit: true });
			expect(made.status).toBe(201);
			const m = await jsonOf<ImportAnswer>(made);
			expect([m.status, m.imported, m.totalRows, m.households, m.problems]).toEqual(['committed', 4, 4, 2, []]);
			const found = await jsonOf<{ total: number; items: { fullName: string; birthDate: string; villageName: string; phone: string | null }[] }>(await c.req('GET', `/api/v1/people?q=${encodeURIComponent(`ong nhap ${d.toLowerCase()}`)}`));
			expect(found.items.map((x) => [x.fullName, x.birthDate, x.villageName]).sort()).toEqual([
				[`Ông Minh Nhập ${d}`, '2012-11-20', v1],
				[`Ông Thị Nhập ${d}`, '1978-09-02', v1],
				[`Ông Văn Nhập ${d}`, '1975-03-15', v1]
			]);
			expect(await total(`be van nhap ${d}`)).toBe(1);
			// the other commune's officer sees none of them
			expect((await jsonOf<{ total: number }>(await yl.req('GET', `/api/v1/people?q=${encodeURIComponent(`nhap ${d}`)}`))).total).toBe(0);

			// the import itself: for its officer, not for another commune
			const got = await c.req('GET', `/api/v1/imports/${m.id}`);
			expect(got.status).toBe(200);
			expect(await jsonOf<{ id: string; status: string; fileName: string; processedRows: number }>(got)).toMatchObject({ id: m.id, status: 'committed', fileName: 'sach.csv', processedRows: 4 });
			expect((await yl.req('GET', `/api/v1/imports/${m.id}`)).status).toBe(404);
			expect((await new Client(server.url).req('GET', `/api/v1/imports/${m.id}`)).status).toBe(401);
			// the same file again: every row is already in the registry
			const again = await upload(server.url, c.cookie, { name: 'sach.csv', content: clean, unit: qm, commit: true });
			expect(again.status).toBe(422);
			expect((await jsonOf<ImportAnswer>(again)).problems.map((x) => x.message)).toEqual(Array(4).fill('Người này đã có trong sổ (cùng họ tên, ngày sinh và thôn).'));
			expect(await total(`nhap ${d}`)).toBe(4);

			// the templates: a CSV that Excel opens as UTF-8, and an .xlsx (a zip)
			const csv = await fetch(`${server.url}/api/v1/imports/people/template?format=csv`);
			expect(csv.status).toBe(200);
			expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			const csvBytes = new Uint8Array(await csv.arrayBuffer());
			expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes).split('\r\n')[0]).toBe('\uFEFF' + HEADER);
			const xlsx = await fetch(`${server.url}/api/v1/imports/people/template?format=xlsx`);
			expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
			expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="mau-nhap-nhan-khau.xlsx"');
			expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
		});
	});
}

describe.skipIf(!chromiumPath)('imports in Chromium', () => {
	const base = servers.find((s) => s.dialect === 'sqlite')!.url;
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function signIn(page: Page, login: string) {
		await signInThroughPage(page, base, login);
		expect(new URL(page.url()).pathname).toBe('/console');
	}

	/** Chooses Xã Quang Minh and a file on /console/imports and presses "Kiểm tra tệp". */
	async function check(page: Page, name: string, content: string) {
		await page.getByLabel('Đơn vị').selectOption({ label: 'Xã Quang Minh' });
		await page.getByLabel('Tệp', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
		await Promise.all([page.waitForURL(/\/console\/imports\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Kiểm tra tệp' }).click()]);
	}

	const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
	const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length);

	for (const js of [true, false]) {
		it(`lets an officer import residents whose names carry HTML, shown as text, then announce it (JavaScript ${js ? 'on' : 'off'})`, async () => {
			const word = js ? 'Sáng' : 'Tối';
			const plain = js ? 'sang' : 'toi'; // the word typed without accents
			const tag = `d${Date.now().toString(36)}${js ? 'a' : 'b'}`;
			const village = (await quangMinh(base)).villages.find((v) => v.startsWith('Thôn '))!;
			expect(village).toBeDefined();
			const imgName = `<img src=x onerror="window.__pwned=1">Trịnh Văn Tiêm ${word}`;
			const scriptName = `<script>window.__pwned=1</script>Trịnh Thị Tiêm ${word}`;
			const fileName = `tiem-${word.toLowerCase()}.csv`;
			const content = csvOf([
				[imgName, '15/03/1975', 'Nam', village, 'T1', 'Chủ hộ', '', ''],
				[scriptName, '02/09/1978', 'Nữ', village, 'T1', 'Vợ', '', ''],
				[`Trịnh Minh Tiêm ${word}`, '20/11/2012', 'Nam', village, 'T1', 'Con', '', '']
			]);

			const ctx = await phoneContext(browser, { js });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await signIn(page, 'quangminh.canbo');
			await page.goto(`${base}/console/imports`);
			await expectAccessible(browser, page);
			await check(page, fileName, content);
			expect(await page.locator('h1').textContent()).toBe(fileName);
			await page.getByText('Tất cả 3 dòng hợp lệ, thuộc 1 hộ.').waitFor();
			expect(await page.getByRole('table').count()).toBe(0); // no refused rows
			await expectAccessible(browser, page);

			// commit: runs on after the answer; the page follows its progress until it is done
			const commit = page.getByRole('button', { name: 'Ghi 3 người vào sổ' });
			await commit.click();
			await commit.waitFor({ state: 'detached' });
			const done = page.getByText('Đã ghi 3 người vào sổ.');
			if (js) await done.waitFor({ timeout: 20_000 });
			else {
				// a noscript refresh reloads every 2 s; reloading here as well keeps the test short
				const deadline = Date.now() + 20_000;
				while (!(await done.isVisible())) {
					if (Date.now() > deadline) throw new Error(`import not done in 20 s: ${await page.locator('main').textContent()}`);
					await page.waitForTimeout(400);
					await page.reload().catch(() => {});
				}
			}
			expect(await page.locator('dl.facts').textContent()).toContain('Đã ghi vào sổ');
			expect(await page.getByRole('button', { name: /Ghi .* người vào sổ/ }).count()).toBe(0);
			await expectAccessible(browser, page);
			await page.goto(`${base}/console/imports`);
			expect(await page.getByRole('link', { name: fileName }).count()).toBe(1);

			// the names are text: the list and the detail page show the markup, never run it
			await page.goto(`${base}/console/people?q=${encodeURIComponent(`trinh van tiem ${plain}`)}`);
			const link = page.getByRole('link', { name: imgName, exact: true });
			expect(await link.count()).toBe(1);
			await page.getByText('<img src=x', { exact: false }).first().waitFor();
			expect(await pwned(page)).toBeUndefined();
			expect(await injected(page)).toBe(0);
			await expectAccessible(browser, page);
			await page.goto(`${base}/console/people?q=${encodeURIComponent(`tiem ${plain}`)}`);
			expect((await page.locator('tbody a').allTextContents()).sort()).toEqual([imgName, scriptName, `Trịnh Minh Tiêm ${word}`].sort());
			expect(await pwned(page)).toBeUndefined();
			await page.goto(`${base}/console/people?q=${encodeURIComponent(`trinh van tiem ${plain}`)}`);
			await Promise.all([page.waitForURL(/\/console\/people\/[0-9a-f-]{36}$/), page.getByRole('link', { name: imgName, exact: true }).click()]);
			expect(await page.locator('h1').textContent()).toBe(imgName);
			expect(await page.locator('h1 img').count()).toBe(0);
			expect(await page.getByText('<img src=x', { exact: false }).first().isVisible()).toBe(true);
			expect(await pwned(page)).toBeUndefined();
			expect(await injected(page)).toBe(0);
			await expectAccessible(browser, page);

			// the officer announces the update; anyone finds it typing without accents
			const title = `Thông báo: đã cập nhật sổ nhân khẩu ${village} đợt ${tag}`;
			await page.goto(`${base}/console/news/new`);
			await page.getByLabel('Loại tin').selectOption('announcement');
			await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
			await page.getByLabel(/^Nội dung/).fill(`Đã ghi **3** nhân khẩu của ${village} vào sổ. Bà con kiểm tra tại nhà văn hóa thôn.`);
			await Promise.all([page.waitForURL(/\/console\/news\/[0-9a-f-]{36}\?created=1$/), page.getByRole('button', { name: 'Đăng tin' }).click()]);
			await expectAccessible(browser, page);
			const visitor = await phoneContext(browser, { js });
			const v = await visitor.newPage();
			await v.goto(`${base}/news`);
			await v.getByLabel('Tìm tin').fill(`THONG bao cap nhat so nhan khau dot ${tag}`);
			await Promise.all([v.waitForURL(/q=/), v.getByRole('button', { name: 'Tìm' }).click()]);
			await v.getByRole('link', { name: title }).waitFor();
			expect(await v.getByRole('link', { name: title }).count()).toBe(1);
			await expectAccessible(browser, v);
			await Promise.all([v.waitForURL(/\/news\/[0-9a-f-]{36}$/), v.getByRole('link', { name: title }).click()]);
			expect(await v.locator('h1').textContent()).toBe(title);
			await expectAccessible(browser, v);
			expect(problems).toEqual([]);
			await ctx.close();
			await visitor.close();
		});
	}

	it('lists each refused row with its number, column and reason in a table, and offers no commit (JavaScript off)', async () => {
		const { villages } = await quangMinh(base);
		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signIn(page, 'quangminh.canbo');
		await page.goto(`${base}/console/imports`);
		// a file that is no spreadsheet is refused on the form itself
		await page.getByLabel('Đơn vị').selectOption({ label: 'Xã Quang Minh' });
		await page.getByLabel('Tệp', { exact: true }).setInputFiles({ name: 'danh-sach.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
		await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
		await page.getByText('Chỉ nhận tệp .xlsx hoặc .csv.').waitFor();
		expect(new URL(page.url()).pathname).toBe('/console/imports');
		await expectAccessible(browser, page);

		const content = csvOf([
			['Quách Văn Sai', '15/03/1975', 'Nam', villages[0]!, 'S1', 'Chủ hộ', '', ''],
			['Quách Thị Sai', '31/02/1980', 'Nữ', villages[0]!, 'S1', 'Vợ', '', ''],
			['Quách Minh Sai', '20/11/2012', 'Trai', villages[0]!, 'S1', 'Con', '', ''],
			['Quách Văn Lạc', '01/01/1990', 'Nam', 'Thôn Không Có', 'S2', 'Chủ hộ', '', '']
		]);
		await check(page, 'sai.csv', content);
		await page.getByRole('heading', { name: '3 dòng chưa hợp lệ' }).waitFor();
		const table = page.getByRole('table', { name: '3 dòng chưa hợp lệ' });
		expect(await table.locator('thead th').allTextContents()).toEqual(['Dòng', 'Cột', 'Lý do']);
		const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
		expect(rows).toEqual([
			['3', 'Ngày sinh', 'Ngày sinh “31/02/1980” không đúng. Hãy ghi ngày/tháng/năm, ví dụ 15/03/1975.'],
			['4', 'Giới tính', 'Giới tính “Trai” không rõ. Hãy ghi Nam, Nữ hoặc Khác.'],
			['5', 'Thôn/Tổ dân phố', 'Không có thôn, tổ dân phố “Thôn Không Có” trong đơn vị đã chọn.']
		]);
		expect(await page.getByRole('button', { name: /vào sổ/ }).count()).toBe(0);
		expect(await page.getByText('hợp lệ, thuộc').count()).toBe(0);
		await expectAccessible(browser, page);
		await page.goto(`${base}/console/people?q=quach`);
		expect(await page.getByText('Quách', { exact: false }).count()).toBe(0);
		await ctx.close();
	});
});
