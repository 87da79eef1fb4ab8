/**
 * Residents' own accounts in Chromium against `node build` (the SQLite demo), on a 360-px
 * phone with an axe-core check on every page visited: a phone sign-up with JavaScript off
 * and on (and a refused form that keeps what was typed), the commune officer creating the
 * record from the queue, the resident correcting and downloading their own record, an
 * officer's reset link used in a fresh browser, the neutral "forgot password" answer,
 * merging duplicates, and the queue kept to its commune and to staff.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadedBytes, expectAccessible, launch, openPage, phoneContext, rowCells as cells, signInOnPage, watchConsole } from './browser';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const server = inject('servers').find((s) => s.dialect === 'sqlite')!;
const base = server.url;
/** the servers outlive this file: every name, phone and birth date of the run is its own */
const run = Date.now();
const tag = String(run % 1_000_000).padStart(6, '0');
/** the machine may be busy: these journeys open many pages */
const LONG = 300_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** an unlikely birth date, so that no record made by another test is a candidate */
function birthDate(k: number): string {
	const n = Math.floor(run / 1000) + k * 7919;
	return `${1945 + (n % 50)}-${pad(1 + (n % 12))}-${pad(1 + (n % 28))}`;
}
const viDate = (iso: string) => iso.split('-').reverse().join('/');
/** "0912 345 678" */
const spaced = (phone: string) => `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;

const INVALID = 'Thông tin chưa hợp lệ. Vui lòng xem lại các ô được đánh dấu.';
/** With JavaScript off a refused form comes back as a 400 page, which Chromium logs; nothing else may show. */
const unexpected = (problems: string[]) => problems.filter((p) => p !== 'Failed to load resource: the server responded with a status of 400 (Bad Request)');
const STRONG = `Lua-non-Quang-Minh-${tag}`;

interface SignedUp {
	name: string;
	/** the name as typed without accents */
	plain: string;
	birthDate: string;
	phone: string;
	village: { id: string; name: string };
	ctx: BrowserContext;
	page: Page;
}

/** Xã Quang Minh's villages, as the public API answers them. */
async function quangMinhVillages(): Promise<{ id: string; name: string }[]> {
	const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/units`));
	const id = units.units.find((u) => u.name === 'Xã Quang Minh')!.id;
	const detail = await jsonOf<{ children: { id: string; name: string; level: string }[] }>(await fetch(`${base}/api/v1/units/${id}`));
	const villages = detail.children.filter((c) => c.level === 'village');
	expect(villages.length).toBeGreaterThan(1);
	return villages;
}

describe.skipIf(!chromiumPath)('residents’ accounts in Chromium', () => {
	let browser: Browser;
	const signedUp = new Map<boolean, SignedUp>();
	let recordedSignupId = '';
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	const open = (ctx: BrowserContext, path: string) => openPage(ctx, base + path);
	const signIn = (ctx: BrowserContext, login: string, password = 'hoctap2026') => signInOnPage(ctx, base, login, password);

	for (const js of [false, true]) {
		it(`signs a resident up by phone with JavaScript ${js ? 'on' : 'off'}: a refused form keeps what was typed, then the account waits for the commune officer and shows no registry data`, { timeout: LONG }, async () => {
			const name = js ? `Lò Văn Đức ${tag}` : `Lò Thị Đào ${tag}`;
			const plain = js ? `lo van duc ${tag}` : `lo thi dao ${tag}`;
			const phone = `${js ? '03' : '07'}${String(run).slice(-8)}`;
			const born = birthDate(js ? 1 : 0);
			const villages = await quangMinhVillages();
			const village = villages.at(-1)!;

			const ctx = await phoneContext(browser, { js });
			const { page, problems } = await open(ctx, '/sign-up');
			expect(await page.locator('h1').textContent()).toBe('Đăng ký tài khoản');
			// the picker groups the villages in force under their commune
			const offered = await page.locator('#f-villageId optgroup[label="Xã Quang Minh"] option').allTextContents();
			expect([...offered].sort()).toEqual(villages.map((v) => v.name).sort());
			expect(await page.locator(`#f-villageId optgroup[label="Xã Yên Lãng"] option[value="${village.id}"]`).count()).toBe(0);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectAccessible(browser, page);

			// a name of spaces and neither phone nor email: refused, field by field, in Vietnamese
			await page.getByLabel('Họ và tên').fill('   ');
			await page.getByLabel('Ngày sinh').fill(born);
			await page.getByLabel('Giới tính').selectOption('female');
			await page.getByLabel('Thôn, tổ dân phố nơi bạn sống').selectOption(village.id);
			await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill(STRONG);
			await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
			await page.locator('#f-fullName-err').waitFor();
			expect(new URL(page.url()).pathname).toBe('/sign-up');
			expect(await page.locator('form .notice.bad').textContent()).toBe(INVALID);
			expect(await page.locator('#f-fullName-err').textContent()).toBe('Vui lòng điền thông tin này.');
			expect(await page.locator('#f-email-err').textContent()).toBe('Hãy ghi số điện thoại hoặc thư điện tử (ít nhất một).');
			expect(await page.getByLabel('Họ và tên').getAttribute('aria-invalid')).toBe('true');
			expect(await page.getByLabel('Họ và tên').getAttribute('aria-describedby')).toBe('f-fullName-err');
			expect(await page.locator('#f-birthDate-err').count()).toBe(0);
			// what was typed stays, the password is never sent back
			expect(await page.getByLabel('Ngày sinh').inputValue()).toBe(born);
			expect(await page.getByLabel('Giới tính').inputValue()).toBe('female');
			expect(await page.getByLabel('Thôn, tổ dân phố nơi bạn sống').inputValue()).toBe(village.id);
			if (!js) {
				expect(await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').inputValue()).toBe('');
				expect(await page.content()).not.toContain(STRONG);
			}
			await expectAccessible(browser, page);

			await page.getByLabel('Họ và tên').fill(name);
			await page.getByLabel('Số điện thoại').fill(phone);
			await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill(STRONG);
			await Promise.all([page.waitForURL(/\/account\?signedUp=1$/), page.getByRole('button', { name: 'Đăng ký', exact: true }).click()]);
			await page.getByText('Đã tạo tài khoản. Chào mừng bạn đến với Suốt Đời!').waitFor();
			expect(await page.locator('h1').textContent()).toBe('Tài khoản của tôi');
			const facts = page.locator('dl.facts').first().locator('dd');
			expect(await facts.nth(0).textContent()).toBe(name);
			expect(await facts.nth(1).textContent()).toBe(phone);
			expect(await page.getByRole('heading', { name: 'Liên kết với hồ sơ người dân' }).count()).toBe(1);
			expect(await page.locator('main .notice:not(.good) p').first().textContent()).toBe('Yêu cầu liên kết tài khoản với hồ sơ của bạn đang chờ cán bộ xã kiểm tra.');
			// nothing from the registry until an officer links the account
			expect(await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).count()).toBe(0);
			expect(await page.locator('a[href="/api/v1/me/resident/export"]').count()).toBe(0);
			expect(await page.locator('#me-f-phone').count()).toBe(0);
			const main = (await page.locator('main').textContent()) ?? '';
			expect(main).not.toContain(village.name);
			expect(main).not.toContain(viDate(born));
			expect((await ctx.request.get(`${base}/api/v1/me/resident/export`)).status()).toBe(404);
			await expectAccessible(browser, page);
			expect(unexpected(problems)).toEqual([]);
			signedUp.set(js, { name, plain, birthDate: born, phone, village, ctx, page });
		});
	}

	it('lets the Quang Minh officer create the record from the sign-up; the resident then sees it, corrects the phone with JavaScript off and downloads it', { timeout: LONG }, async () => {
		const who = signedUp.get(false);
		expect(who, 'the JavaScript-off sign-up above').toBeDefined();
		const officer = await phoneContext(browser, { js: true });
		const { page, problems } = await signIn(officer, 'quangminh.canbo');
		expect(new URL(page.url()).pathname).toBe('/console');
		await page.goto(`${base}/console/signups`);
		expect(await page.locator('h1').textContent()).toBe('Yêu cầu đăng ký của người dân');
		const row = await cells(page, who!.name);
		expect(row.slice(0, 5)).toEqual([who!.name, viDate(who!.birthDate), who!.village.name, who!.phone, 'Chờ cán bộ kiểm tra']);
		await expectAccessible(browser, page);

		await Promise.all([page.waitForURL(/\/console\/signups\/[0-9a-f-]{36}$/), page.getByRole('link', { name: who!.name, exact: true }).click()]);
		recordedSignupId = new URL(page.url()).pathname.split('/').at(-1)!;
		expect(await page.locator('h1').textContent()).toBe(who!.name);
		expect(await page.locator('dl.facts').textContent()).toContain('Chờ cán bộ kiểm tra');
		expect((await page.locator('table[aria-labelledby="candidates"] tbody').textContent())?.trim()).toBe('Không tìm thấy hồ sơ nào gần giống trong sổ dân cư.');
		await expectAccessible(browser, page);
		await Promise.all([page.waitForURL(/\/console\/signups\?done=recorded$/), page.getByRole('button', { name: 'Tạo hồ sơ mới từ yêu cầu này' }).click()]);
		await page.getByText('Đã tạo hồ sơ mới và liên kết tài khoản.').waitFor();
		expect(await page.locator('tbody tr', { hasText: who!.name }).count()).toBe(0);
		expect(await page.locator('tbody').textContent()).toContain(signedUp.get(true)?.name ?? 'the JavaScript-on sign-up');
		await expectAccessible(browser, page);
		// the resolved sign-up shows as handled, without the forms
		await page.goto(`${base}/console/signups/${recordedSignupId}`);
		expect(await page.locator('dl.facts strong').textContent()).toBe('Đã liên kết');
		expect(await page.getByText('Yêu cầu này đã được xử lý.').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Tạo hồ sơ mới từ yêu cầu này' }).count()).toBe(0);
		await expectAccessible(browser, page);
		expect(problems).toEqual([]);
		await officer.close();

		// the resident's page, JavaScript off, reloaded
		const me = who!.page;
		await me.goto(`${base}/account`);
		expect(await me.getByRole('heading', { name: 'Hồ sơ của tôi' }).count()).toBe(1);
		expect(await me.getByRole('heading', { name: 'Liên kết với hồ sơ người dân' }).count()).toBe(0);
		// linked: the account says what it is (a resident of the village), never "no role"
		expect(await me.locator('dl.facts').first().locator('dd').nth(2).textContent()).toBe(`Người dân — ${who!.village.name}`);
		await Promise.all([me.waitForURL(/\/account\/data$/), me.getByRole('link', { name: 'Xem, sửa và tải thông tin' }).click()]);
		const record = me.locator('dl.facts').first().locator('dd');
		expect((await record.allTextContents()).map((t) => t.trim())).toEqual([who!.name, viDate(who!.birthDate), 'Nữ', who!.village.name, who!.phone, '—']);
		await expectAccessible(browser, me);

		await me.getByLabel('Số điện thoại').fill('12');
		await me.getByRole('button', { name: 'Lưu', exact: true }).click();
		await me.locator('#me-f-phone-err').waitFor();
		expect(await me.locator('#me-f-phone-err').textContent()).toBe('Số điện thoại chưa đúng (8–20 chữ số).');
		expect(await me.getByLabel('Số điện thoại').inputValue()).toBe('12');
		expect(await me.locator('dl.facts').first().locator('dd').nth(4).textContent()).toBe(who!.phone);
		await expectAccessible(browser, me);
		const corrected = `0988 ${tag.slice(0, 3)} ${tag.slice(3)}`;
		await me.getByLabel('Số điện thoại').fill(corrected);
		await me.getByRole('button', { name: 'Lưu', exact: true }).click();
		await me.locator('form[action="?/correct"] .notice.good').waitFor();
		expect(await me.locator('form[action="?/correct"] .notice.good').textContent()).toBe('Đã lưu.');
		expect(await me.locator('dl.facts').first().locator('dd').nth(4).textContent()).toBe(corrected);
		expect(await me.getByLabel('Số điện thoại').inputValue()).toBe(corrected);
		await expectAccessible(browser, me);

		const link = me.getByRole('link', { name: 'Tải toàn bộ dữ liệu của tôi (JSON)' });
		expect(await link.getAttribute('href')).toBe('/api/v1/me/resident/export');
		const [download] = await Promise.all([me.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe('du-lieu-cua-toi.json');
		const dump = JSON.parse((await downloadedBytes(download)).toString('utf8')) as { resident: { fullName: string; phone: string; villageName: string; linkedAccount: boolean }; history: { action: string }[] };
		expect(dump.resident).toMatchObject({ fullName: who!.name, phone: corrected, villageName: who!.village.name, linkedAccount: true });
		expect(dump.history.map((h) => h.action)).toEqual(expect.arrayContaining(['signup.link', 'resident.self_correct']));
	});

	it('hands the resident a reset link made by the officer; a new password works with the phone typed with spaces', { timeout: LONG }, async () => {
		const who = signedUp.get(false);
		expect(who, 'the JavaScript-off sign-up above').toBeDefined();
		const qm = new Client(base);
		expect((await qm.signIn('quangminh.canbo')).status).toBe(201);
		const found = await jsonOf<{ total: number; items: { id: string; fullName: string }[] }>(await qm.req('GET', `/api/v1/people?q=${encodeURIComponent(who!.plain)}`));
		expect(found.items.map((p) => p.fullName)).toEqual([who!.name]);
		const residentId = found.items[0]!.id;

		const officer = await phoneContext(browser, { js: false });
		const { page } = await signIn(officer, 'quangminh.canbo');
		await page.goto(`${base}/console/people/${residentId}`);
		expect(await page.locator('h1').textContent()).toBe(who!.name);
		expect(await page.locator('dl.facts').textContent()).toContain('Đã liên kết tài khoản của người dân');
		await expectAccessible(browser, page);
		await page.getByRole('button', { name: 'Tạo đường dẫn đặt lại mật khẩu' }).click();
		await page.locator('code.secret').waitFor();
		const url = (await page.locator('code.secret').textContent())!.trim();
		expect(url).toMatch(new RegExp(`^${base.replaceAll('.', '\\.')}/reset-password\\?token=[A-Za-z0-9_-]{20,}$`));
		expect(await page.locator('.notice.good p').first().textContent()).toMatch(/^Đường dẫn đặt lại mật khẩu \(chỉ hiện lần này, dùng một lần, hết hạn lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\)/);
		await expectAccessible(browser, page);
		await officer.close();

		// the resident, on another phone
		const fresh = await phoneContext(browser, { js: true });
		const r = await fresh.newPage();
		const problems = watchConsole(r);
		await r.goto(url);
		expect(await r.locator('h1').textContent()).toBe('Đặt lại mật khẩu');
		await expectAccessible(browser, r);
		const fresh1 = `Song-Hong-${tag}-moi`;
		await r.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)', { exact: true }).fill(fresh1);
		await r.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(`${fresh1}-khac`);
		// the form is posted by the browser itself (no script on this form): refused as a form, 400
		const [refused] = await Promise.all([r.waitForResponse((x) => x.request().method() === 'POST'), r.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()]);
		expect(refused.status(), `the reset form's POST answered: ${(await refused.text()).slice(0, 80)}`).toBe(400);
		await r.locator('#f-confirmPassword-err').waitFor();
		expect(await r.locator('#f-confirmPassword-err').textContent()).toBe('Hai lần nhập mật khẩu mới không khớp.');
		expect(await r.locator('form .notice.bad').textContent()).toBe(INVALID);
		expect(await r.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)', { exact: true }).inputValue()).toBe('');
		await expectAccessible(browser, r);
		await r.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)', { exact: true }).fill(fresh1);
		await r.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(fresh1);
		await r.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
		await r.locator('.notice.good').waitFor();
		expect(await r.locator('.notice.good').textContent()).toBe('Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc; hãy đăng nhập lại bằng mật khẩu mới.');
		await expectAccessible(browser, r);
		expect(unexpected(problems)).toEqual([]);

		// every older session ended, the JavaScript-off phone's too
		await who!.page.goto(`${base}/account`);
		expect(new URL(who!.page.url()).pathname).toBe('/sign-in');

		// the link is spent
		const again = await fresh.newPage();
		await again.goto(url);
		await again.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)', { exact: true }).fill(`${fresh1}-2`);
		await again.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(`${fresh1}-2`);
		await again.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
		await again.getByText('Đường dẫn không hợp lệ, đã dùng hoặc đã hết hạn. Hãy yêu cầu đường dẫn mới.').waitFor();
		expect(await again.getByRole('link', { name: 'Yêu cầu đường dẫn mới' }).getAttribute('href')).toBe('/forgot-password');
		await expectAccessible(browser, again);

		// sign in with the phone as people write it, first with the old password
		await Promise.all([r.waitForURL(/\/sign-in$/), r.locator('main').getByRole('link', { name: 'Đăng nhập' }).click()]);
		await r.getByLabel('Tên đăng nhập').fill(spaced(who!.phone));
		await r.getByLabel('Mật khẩu').fill(STRONG);
		await r.getByRole('button', { name: 'Đăng nhập' }).click();
		await r.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').first().waitFor();
		expect(new URL(r.url()).pathname).toBe('/sign-in');
		// said once, in the notice at the top of the form, not again under the password field
		expect(await r.locator('main').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').count()).toBe(1);
		expect(await r.locator('main .notice.bad').textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
		expect(await r.getByLabel('Tên đăng nhập').inputValue()).toBe(spaced(who!.phone));
		await expectAccessible(browser, r);
		await r.getByLabel('Mật khẩu').fill(fresh1);
		await Promise.all([r.waitForURL(/\/account$/), r.getByRole('button', { name: 'Đăng nhập' }).click()]);
		expect(await r.locator('dl.facts').first().locator('dd').nth(1).textContent()).toBe(who!.phone);
		expect(await r.getByRole('heading', { name: 'Hồ sơ của tôi' }).count()).toBe(1);
		await expectAccessible(browser, r);
		expect(unexpected(problems)).toEqual([]);
		await fresh.close();
	});

	it('answers “forgot password” with the same neutral text for an unknown login and a known one', { timeout: LONG }, async () => {
		const who = signedUp.get(false);
		expect(who, 'the JavaScript-off sign-up above').toBeDefined();
		const answers: string[][] = [];
		for (const [js, login] of [
			[true, `khong-co-ai-${tag}@example.vn`],
			[false, spaced(who!.phone)]
		] as const) {
			const ctx = await phoneContext(browser, { js });
			const { page, problems } = await open(ctx, '/forgot-password');
			expect(await page.locator('h1').textContent()).toBe('Quên mật khẩu');
			await expectAccessible(browser, page);
			await page.getByLabel('Tên đăng nhập, thư điện tử hoặc số điện thoại').fill(login);
			await page.getByRole('button', { name: 'Gửi đường dẫn' }).click();
			await page.locator('.notice.good').waitFor();
			answers.push(await page.locator('.notice.good p').allTextContents());
			expect(await page.getByLabel('Tên đăng nhập, thư điện tử hoặc số điện thoại').count()).toBe(0);
			expect(await page.content()).not.toContain(login);
			await expectAccessible(browser, page);
			expect(problems).toEqual([]);
			await ctx.close();
		}
		const neutral = [
			'Nếu có tài khoản có thư điện tử ứng với thông tin này, chúng tôi đã gửi đường dẫn đặt lại mật khẩu đến thư điện tử đó. Đường dẫn dùng được trong 1 giờ.',
			'Tài khoản không có thư điện tử? Hãy nhờ cán bộ xã tạo đường dẫn đặt lại mật khẩu cho bạn.'
		];
		expect(answers).toEqual([neutral, neutral]);
	});

	it('keeps the sign-up queue to its commune (404 for Yên Lãng) and to staff (403 for a resident)', { timeout: LONG }, async () => {
		const waiting = signedUp.get(true);
		expect(waiting, 'the JavaScript-on sign-up above').toBeDefined();
		expect(recordedSignupId, 'the sign-up resolved above').toMatch(/^[0-9a-f-]{36}$/);
		const qm = new Client(base);
		await qm.signIn('quangminh.canbo');
		const queue = await jsonOf<{ items: { id: string; fullName: string; status: string }[] }>(await qm.req('GET', '/api/v1/signups'));
		const open = queue.items.find((s) => s.fullName === waiting!.name);
		expect(open?.status).toBe('queued');

		const ctx = await phoneContext(browser, { js: false });
		const { page } = await signIn(ctx, 'yenlang.canbo');
		expect(new URL(page.url()).pathname).toBe('/console');
		await page.goto(`${base}/console/signups`);
		expect(await page.locator('h1').textContent()).toBe('Yêu cầu đăng ký của người dân');
		const listed = (await page.locator('tbody').textContent()) ?? '';
		expect(listed).not.toContain(waiting!.name);
		expect(listed).not.toContain(signedUp.get(false)?.name ?? 'the JavaScript-off sign-up');
		await expectAccessible(browser, page);
		for (const id of [open!.id, recordedSignupId]) {
			const r = await page.goto(`${base}/console/signups/${id}`);
			expect(r?.status()).toBe(404);
			expect(await page.locator('h1').textContent()).toBe('Có lỗi 404');
			expect(await page.locator('main').textContent()).not.toContain(waiting!.name);
			await expectAccessible(browser, page);
		}
		// refused without the form posts either
		const post = await ctx.request.post(`${base}/console/signups/${open!.id}?/record`, { headers: { origin: base, accept: 'text/html' }, form: {}, maxRedirects: 0 });
		expect(post.status()).toBe(404);
		await ctx.close();

		// the resident who signed up with JavaScript on is still signed in
		const me = waiting!.page;
		for (const path of ['/console/signups', `/console/signups/${open!.id}`]) {
			const r = await me.goto(base + path);
			expect(r?.status()).toBe(403);
			expect(await me.locator('h1').textContent()).toBe('Có lỗi 403');
			expect(await me.locator('main').textContent()).toContain('Bạn không có quyền thực hiện việc này.');
			await expectAccessible(browser, me);
		}
		// and the sign-up is still waiting, untouched
		expect((await jsonOf<{ status: string }>(await qm.req('GET', `/api/v1/signups/${open!.id}`))).status).toBe('queued');
		await waiting!.ctx.close();
	});
});
