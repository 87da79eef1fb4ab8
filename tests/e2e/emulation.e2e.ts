/**
 * The schools' emulation on a 360 px phone with JavaScript off: a school's vice-principal opens this
 * school year's round, is told a point above a criterion's maximum (what was typed kept), submits the
 * self-score, records a joint activity with the commune's learning centre; the API answers 401
 * without a session and 404 to another commune's officer. One server (SQLite), few page loads.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage, watchConsole } from './browser';
import { Client } from './http';

const chromiumPath = inject('chromium');
const servers = inject('servers');

describe.skipIf(!chromiumPath)('emulation "dạy tốt, học tốt" in Chromium (360 px, JavaScript off)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('a school self-scores in the open round and records a joint activity; the API keeps to scope', async () => {
		const base = servers.find((s) => s.dialect === 'sqlite')!.url;
		const school = new Client(base);
		expect((await school.req('GET', '/api/v1/emulation-rounds')).status).toBe(401);
		await school.signIn('thcs.quangminh');
		const rounds = (await (await school.req('GET', '/api/v1/emulation-rounds')).json()) as { items: { id: string; status: string; can: { score: string[] } }[] };
		const open = rounds.items.find((r) => r.status === 'open')!;
		const schoolId = open.can.score[0]!;
		const other = new Client(base);
		await other.signIn('yenlang.canbo');
		expect((await other.req('GET', `/api/v1/emulation-rounds/${open.id}`)).status).toBe(404);

		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		const problems = watchConsole(page);
		await signInThroughPage(page, base, 'thcs.quangminh');
		await page.goto(`${base}/console/emulation/rounds/${open.id}`);
		await Promise.all([page.waitForURL(/\/schools\//), page.getByRole('link', { name: 'Trường THCS Quang Minh' }).click()]);
		await page.locator('[id="self-f-p.lesson_innovation"]').fill('12');
		await page.locator('[id="self-f-p.teacher_standard"]').fill('9');
		await page.getByRole('button', { name: 'Nộp bản tự chấm' }).click();
		await expect.poll(() => page.locator('[id="self-f-p.lesson_innovation-err"]').textContent()).toBe('Điểm phải từ 0 đến 10.');
		expect(await page.locator('[id="self-f-p.teacher_standard"]').inputValue()).toBe('9');
		await expectAccessible(browser, page);
		await page.locator('[id="self-f-p.lesson_innovation"]').fill('8');
		await page.getByRole('button', { name: 'Nộp bản tự chấm' }).click();
		await page.getByText('Đã lưu.').waitFor();
		expect(await page.locator('body').innerText()).toContain('Tự chấm: 17/100');

		await page.goto(`${base}/console/emulation/activities`);
		await page.getByLabel('Ngày tổ chức').fill('2026-11-20');
		await page.getByLabel('Tên hoạt động').fill('Ngày hội STEM cùng trung tâm');
		await page.getByLabel('Số người tham gia').fill('60');
		await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
		await page.getByText('Đã ghi nhận hoạt động.').waitFor();
		await expectAccessible(browser, page);
		// the centre's side sees it
		const centreId = ((await (await school.req('GET', `/api/v1/school-centre-activities?orgId=${schoolId}`)).json()) as { items: { title: string; centreOrgId: string }[] }).items.find((a) => a.title === 'Ngày hội STEM cùng trung tâm')!.centreOrgId;
		const office = new Client(base);
		await office.signIn('quangminh.canbo');
		const seen = (await (await office.req('GET', `/api/v1/school-centre-activities?orgId=${centreId}`)).json()) as { items: { title: string }[] };
		expect(seen.items.map((a) => a.title)).toContain('Ngày hội STEM cùng trung tâm');
		// the refused form answers 400 on purpose (its messages on the page)
		expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
		await ctx.close();
	});
});
