/**
 * The front door and the officer's desk on a 360×740 phone: what people tripped on (issue 11),
 * each as a person meets it — a first-time visitor, a resident, a commune officer.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { orgId } from './fixtures';
import { Client, jsonOf } from './http';

const chromiumPath = inject('chromium');
const servers = inject('servers');
const base = servers.find((s) => s.dialect === 'sqlite')!.url;
/** A Việt Nam calendar day, `offset` days from today. */
const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function villageOf(commune: string): Promise<string> {
	const units = await jsonOf<{ units: { id: string; name: string }[] }>(await fetch(`${base}/api/v1/units`));
	const id = units.units.find((u) => u.name === commune)!.id;
	return (await jsonOf<{ children: { id: string; level: string }[] }>(await fetch(`${base}/api/v1/units/${id}`))).children.find((c) => c.level === 'village')!.id;
}

/** A Quang Minh class with one session held yesterday (or starting `start` days from today) and three more, and learners with a place (phones kept). */
async function classUnderWay(tag: string, learners: string[], start = -1) {
	const qm = new Client(base);
	await qm.signIn('quangminh.canbo');
	const c = await qm.req('POST', '/api/v1/courses', { orgId: await orgId(base, 'Trung tâm học tập cộng đồng xã Quang Minh'), title: `Điện thoại an toàn ${tag}`, topic: 'digital_skills', audience: 'Mọi người', description: 'Thực hành.', mode: 'in_person', expectedHours: 8, status: 'published' });
	const courseId = (await jsonOf<{ id: string }>(c)).id;
	const k = await qm.req('POST', `/api/v1/courses/${courseId}/classes`, { title: `Lớp ${tag}`, venue: 'Nhà văn hóa thôn', teacherName: 'Cô Dạy', capacity: 20, startsOn: day(start), endsOn: day(21), sessions: [start, 7, 14, 21].map((d) => ({ date: day(d), startsAt: '19:00', endsAt: '21:00' })) });
	expect(k.status).toBe(201);
	const classId = (await jsonOf<{ id: string }>(k)).id;
	const village = await villageOf('Xã Quang Minh');
	const places: string[] = [];
	for (const [i, fullName] of learners.entries()) {
		const p = await jsonOf<{ id: string }>(await qm.req('POST', '/api/v1/people', { fullName, birthDate: `195${i}-04-04`, gender: i % 2 ? 'male' : 'female', villageId: village, phone: `09870000${String(i).padStart(2, '0')}` }));
		places.push((await jsonOf<{ enrolmentId: string }>(await qm.req('POST', `/api/v1/classes/${classId}/enrolments`, { personId: p.id }))).enrolmentId);
	}
	const sessions = (await jsonOf<{ sessions: { id: string }[] }>(await qm.req('GET', `/api/v1/classes/${classId}`))).sessions;
	if (places.length && start < 0) expect((await qm.req('PUT', `/api/v1/sessions/${sessions[0]!.id}/attendance`, { present: places })).status).toBe(200);
	return { qm, courseId, classId, sessions };
}

/** Whether a box or circle sits at the start of its own words, on the same line. */
async function besideItsWords(page: Page, label: string) {
	const lab = page.locator('label', { hasText: label }).first();
	const box = await lab.locator('input').boundingBox();
	const whole = await lab.boundingBox();
	expect(box!.width).toBeLessThan(40);
	expect(box!.x - whole!.x).toBeLessThan(4); // at the start of the label
	expect(whole!.height).toBeLessThan(80); // one line or two, not a box stacked over its words
	expect(box!.y).toBeGreaterThanOrEqual(whole!.y - 1);
	expect(box!.y + box!.height).toBeLessThanOrEqual(whole!.y + whole!.height + 1);
}

describe.skipIf(!chromiumPath)('the front door and the officer’s desk (360 px)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const js of [true, false])
		it(`takes a first-time visitor to a course near them and to the latest news in two taps (JavaScript ${js ? 'on' : 'off'})`, async () => {
			const { courseId } = await classUnderWay(`cửa-${js ? 'bật' : 'tắt'}`, [], 0);
			const ctx = await phoneContext(browser, { js });
			const page = await ctx.newPage();
			const problems = watchConsole(page);
			await page.goto(base);
			expect(await page.getByText('Sắp có').count()).toBe(0);
			expect(await page.getByRole('link', { name: 'Tìm khóa học' }).count()).toBe(1);
			await expectAccessible(browser, page);
			// tap 1: their commune's page; tap 2: a course there
			await Promise.all([page.waitForURL(/\/communes\//), page.getByRole('link', { name: 'Xã Quang Minh', exact: true }).click()]);
			expect(await page.locator('h1').textContent()).toBe('Xã Quang Minh');
			expect(await page.getByText('Trung tâm học tập cộng đồng xã Quang Minh').count()).toBeGreaterThan(0);
			await expectAccessible(browser, page);
			await Promise.all([page.waitForURL(new RegExp(`/courses/${courseId}`)), page.getByRole('link', { name: `Điện thoại an toàn cửa-${js ? 'bật' : 'tắt'}` }).first().click()]);
			// and back home, one tap to the latest news item
			await page.goto(base);
			const first = page.locator('#latest ~ ul a').first();
			const title = await first.textContent();
			await Promise.all([page.waitForURL(/\/news\//), first.click()]);
			expect(await page.locator('h1').textContent()).toBe(title);
			expect(problems).toEqual([]);
			await ctx.close();
		});

	it('shows a signed-in resident their own classes on the home page, and a short account page in three parts', async () => {
		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'dan.lan');
		await page.goto(base);
		expect(await page.getByRole('heading', { name: 'Lớp học của bạn' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Đăng nhập' }).count()).toBe(0);
		await page.goto(`${base}/account`);
		expect(await page.getByRole('navigation', { name: 'Tài khoản của tôi' }).getByRole('link').allTextContents()).toEqual(['Học tập', 'Thông tin của tôi', 'Đăng nhập và bảo mật']);
		expect(await page.getByText('Mã truy cập cho ứng dụng tích hợp').count()).toBe(0);
		expect(await page.getByText('Chưa có vai trò nào').count()).toBe(0);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThan(2500);
		await expectAccessible(browser, page);
		await page.goto(`${base}/account/security`);
		// devices by name; no word broken in the middle
		const rows = page.locator('main table').first().locator('tbody tr');
		expect(await rows.first().textContent()).not.toContain('Mozilla');
		await expectAccessible(browser, page);
		await ctx.close();
	});

	it('puts each box or circle beside its own words, on the quiz and on the attendance sheet', async () => {
		const qm = new Client(base);
		await qm.signIn('quangminh.canbo');
		const c = await qm.req('POST', '/api/v1/courses', { orgId: await orgId(base, 'Trung tâm học tập cộng đồng xã Quang Minh'), title: 'Nhận biết lừa đảo qua điện thoại', topic: 'digital_skills', audience: 'Mọi người', description: 'Câu hỏi ngắn.', mode: 'online', expectedHours: 1, status: 'published' });
		const courseId = (await jsonOf<{ id: string }>(c)).id;
		const l = await qm.req('POST', `/api/v1/courses/${courseId}/lessons`, { title: 'Kiểm tra nhanh', kind: 'quiz', passMark: 50, questions: 'Ngân hàng có gọi xin mã OTP không?\n( ) Có, khi cần\n(x) Không bao giờ\n\nNên làm gì khi nghi bị lừa?\n[x] Báo công an xã\n[ ] Chuyển tiền ngay' });
		expect(l.status).toBe(201);
		const lessonId = (await jsonOf<{ id: string }>(l)).id;
		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'dan.lan');
		await page.goto(`${base}/learn/${lessonId}`);
		await besideItsWords(page, 'Không bao giờ');
		await besideItsWords(page, 'Báo công an xã');
		await expectAccessible(browser, page);
		await ctx.close();

		const { sessions } = await classUnderWay('ô-vuông', ['Lò Thị Điểm', 'Lò Văn Danh']);
		const officer = await phoneContext(browser, { js: false });
		const sheet = await officer.newPage();
		await signInThroughPage(sheet, base, 'quangminh.canbo');
		await sheet.goto(`${base}/console/sessions/${sessions[0]!.id}`);
		await besideItsWords(sheet, 'Lò Thị Điểm');
		await officer.close();
	});

	it('lets an officer find the waiting sign-ups on the console home and handle one, with a menu that keeps out of the way', async () => {
		const tag = String(Date.now() % 100000);
		const name = `Đàm Thị Chờ ${tag}`;
		// the sign-up itself through the API a phone would use (the page is tested elsewhere)
		const village = await villageOf('Xã Quang Minh');
		const up = await fetch(`${base}/api/v1/signups`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': `198.51.100.${Number(tag) % 200}` }, body: JSON.stringify({ fullName: name, birthDate: '1980-08-08', gender: 'female', villageId: village, phone: `0966${tag.padStart(6, '0')}`, password: 'cho-duyet-2026!' }) });
		expect(up.status).toBe(201);

		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'quangminh.canbo');
		await page.goto(`${base}/console`);
		// the menu is one line until opened
		const menu = await page.locator('details.menu').boundingBox();
		expect(menu!.height).toBeLessThan(60);
		expect(await page.locator('h1').boundingBox().then((b) => b!.y)).toBeLessThan(320);
		await expectAccessible(browser, page);
		await Promise.all([page.waitForURL(/\/console\/signups\/[0-9a-f-]{36}$/), page.getByRole('link', { name }).click()]);
		await Promise.all([page.waitForURL(/\/console\/signups\?done=recorded$/), page.getByRole('button', { name: 'Tạo hồ sơ mới từ yêu cầu này' }).click()]);
		await page.goto(`${base}/console`);
		expect(await page.getByRole('link', { name }).count()).toBe(0);
		// the menu opens and leads on (without JavaScript too)
		await page.locator('details.menu summary').click();
		await Promise.all([page.waitForURL(/\/console\/people$/), page.locator('details.menu').getByRole('link', { name: 'Người dân, hộ gia đình' }).click()]);
		await ctx.close();
	});

	it('judges a class only once it has ended unless the officer confirms, revokes a certificate with a reason, and enrols a walk-in (JavaScript off)', async () => {
		const tag = `bàn-${Date.now() % 100000}`;
		const { classId, courseId } = await classUnderWay(tag, ['Mai Thị Một', 'Mai Văn Hai']);
		const qm = new Client(base);
		await qm.signIn('quangminh.canbo');
		// the API refuses in the middle of the course
		const early = await qm.req('POST', `/api/v1/classes/${classId}/completion`);
		expect(early.status).toBe(409);
		expect((await jsonOf<{ title: string }>(early)).title).toBe('Lớp chưa kết thúc: mới học 1 trên 4 buổi. Chỉ xét hoàn thành khi đã học xong buổi cuối, hoặc khi bạn xác nhận xét sớm.');

		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		const problems = watchConsole(page);
		await signInThroughPage(page, base, 'quangminh.canbo');
		await page.goto(`${base}/console/courses/${courseId}`);
		await Promise.all([page.waitForURL(new RegExp(`/console/classes/${classId}$`)), page.getByRole('link', { name: 'Danh sách, ghi danh, hoàn thành' }).click()]);
		await expectAccessible(browser, page);
		// the roster: names with their phones, to call
		expect(await page.locator('table.roster').textContent()).toContain('0987000000');
		// the preview says who would complete; nothing is issued by looking
		await page.getByText('Đã học 1 trên 4 buổi.').waitFor();
		await page.getByText('Lớp chưa kết thúc: còn 3 buổi chưa học.').waitFor();
		const issue = page.getByRole('button', { name: 'Xác nhận và cấp 2 giấy chứng nhận' });
		await issue.click(); // the confirmation box is required: the browser keeps the form
		expect(new URL(page.url()).search).toBe('');
		await page.getByLabel('Tôi xác nhận xét hoàn thành sớm, trước khi lớp kết thúc.').check();
		await Promise.all([page.waitForURL(/issued=2#completion$/), issue.click()]);
		await page.getByText('Đã cấp 2 giấy chứng nhận.').waitFor();
		// the message is on screen, where the form was
		const notice = await page.getByText('Đã cấp 2 giấy chứng nhận.').boundingBox();
		expect(notice!.y).toBeGreaterThanOrEqual(0);
		expect(notice!.y).toBeLessThan(740);
		await expectAccessible(browser, page);

		// revoke one, with a reason
		const row = page.locator('table.roster tbody tr', { hasText: 'Mai Thị Một' });
		await row.locator('summary').click();
		await row.getByLabel('Lý do thu hồi').fill('Cấp nhầm người');
		await Promise.all([page.waitForURL(/revoked=1#roster$/), row.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click()]);
		expect(await page.locator('table.roster tbody tr', { hasText: 'Mai Thị Một' }).textContent()).toContain('Đã thu hồi');

		// a walk-in found by name (typed without accents) and enrolled
		const walkIn = `Tô Thị Vãng Lai ${tag}`;
		expect((await qm.req('POST', '/api/v1/people', { fullName: walkIn, birthDate: '1948-02-02', gender: 'female', villageId: await villageOf('Xã Quang Minh') })).status).toBe(201);
		await page.getByLabel('Họ tên người học').fill('to thi vang lai');
		await Promise.all([page.waitForURL(/find=/), page.getByRole('button', { name: 'Tìm', exact: true }).click()]);
		await Promise.all([page.waitForURL(/enrolled=enrolled#roster$/), page.getByRole('button', { name: `Ghi danh ${walkIn}` }).click()]);
		expect(await page.locator('table.roster').textContent()).toContain(walkIn);
		await expectAccessible(browser, page);
		// the officer's page of the walk-in shows the class joined
		const found = await jsonOf<{ items: { id: string }[] }>(await qm.req('GET', `/api/v1/people?q=${encodeURIComponent(walkIn)}`));
		await page.goto(`${base}/console/people/${found.items[0]!.id}`);
		expect(await page.locator('#learning + p + ul').textContent()).toContain(`Lớp ${tag}`);
		// an address that claims a result the form never gave shows nothing
		await page.goto(`${base}/courses/${courseId}?done=409`);
		expect(await page.locator('main .notice').count()).toBe(0);
		expect(problems).toEqual([]);
		await ctx.close();
	});

	it('shows a refused “Mở lớp” message on screen, not a page away (JavaScript off)', async () => {
		const { courseId } = await classUnderWay(`mở-${Date.now() % 100000}`, []);
		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'quangminh.canbo');
		await page.goto(`${base}/console/courses/${courseId}`);
		// everything the browser asks for is there; the server refuses the dates
		await page.getByLabel('Tên lớp').fill('Lớp ngày ngược');
		await page.getByLabel('Địa điểm').fill('Nhà văn hóa thôn');
		await page.getByLabel('Giáo viên').fill('Cô Dạy');
		await page.getByLabel('Số chỗ').fill('10');
		await page.getByLabel('Ngày khai giảng').fill(day(10));
		await page.getByLabel('Ngày kết thúc').fill(day(2));
		await page.getByRole('button', { name: 'Mở lớp' }).click();
		const message = page.locator('#new-class ~ form .notice.bad, form[action$="#new-class"] .notice.bad').first();
		await message.waitFor();
		const box = await message.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(740);
		await ctx.close();
	});
});
