/**
 * Video and PDF lessons over HTTP on both databases and in Chromium: a manager uploads a video
 * and a PDF (checked by their bytes), learners stream the video with byte ranges and are kept
 * out of lessons they may not open; the console's lesson form works with JavaScript off, a quiz
 * typed as text included; bodies larger than a route allows are refused before they are read.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, phoneContext, signInThroughPage } from './browser';
import { Client, jsonOf } from './http';
import { MP4, onlineCourse, PDF, postForm } from './fixtures';

const chromiumPath = inject('chromium');
const servers = inject('servers');
const base = servers.find((s) => s.dialect === 'sqlite')!.url;

describe.each(servers)('video and PDF lessons over HTTP [$dialect]', (server) => {
	it('uploads a video and a PDF, streams byte ranges to learners who may open them, and refuses what is not what it claims', async () => {
		const qm = new Client(server.url);
		await qm.signIn('quangminh.canbo');
		const courseId = await onlineCourse(server.url, qm, `Dùng VNeID ${Date.now() % 100000}`);
		const video = await postForm(qm, `/api/v1/courses/${courseId}/lessons`, { title: 'Video: cài VNeID', kind: 'video', body: 'Xem hết video.' }, { name: 'cài-vneid.mp4', type: 'video/mp4', bytes: MP4 });
		expect(video.status).toBe(201);
		const videoId = (await jsonOf<{ id: string }>(video)).id;
		const pdf = await postForm(qm, `/api/v1/courses/${courseId}/lessons`, { title: 'Sổ tay', kind: 'pdf' }, { name: 'so-tay.pdf', type: 'application/pdf', bytes: PDF });
		expect(pdf.status).toBe(201);
		const pdfId = (await jsonOf<{ id: string }>(pdf)).id;

		// a web page renamed .mp4 is refused with a message on the field, in Vietnamese
		const fake = await postForm(qm, `/api/v1/courses/${courseId}/lessons`, { title: 'Giả', kind: 'video' }, { name: 'video.mp4', type: 'video/mp4', bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>') });
		expect(fake.status).toBe(400);
		expect(fake.headers.get('content-type')).toContain('application/problem+json');
		expect((await jsonOf<{ errors: Record<string, string> }>(fake)).errors.file).toBe('Tệp này không phải video MP4 hoặc WebM.');
		// another centre's manager cannot add to it
		const tt = new Client(server.url);
		await tt.signIn('tienthang.ttht');
		expect((await postForm(tt, `/api/v1/courses/${courseId}/lessons`, { title: 'Ngoài phạm vi', kind: 'pdf' }, { name: 'a.pdf', type: 'application/pdf', bytes: PDF })).status).toBe(404);
		expect((await tt.req('DELETE', `/api/v1/lessons/${pdfId}`)).status).toBe(404);
		const outline = await jsonOf<{ items: { title: string; kind: string }[] }>(await qm.req('GET', `/api/v1/courses/${courseId}/lessons`));
		expect(outline.items.map((i) => [i.title, i.kind])).toEqual([
			['Video: cài VNeID', 'video'],
			['Sổ tay', 'pdf']
		]);

		// a learner: the whole video, a range of it, beyond its end, and not yet the PDF (in order)
		const lan = new Client(server.url);
		await lan.signIn('dan.mai');
		const media = `/api/v1/lessons/${videoId}/media`;
		expect((await new Client(server.url).req('GET', media)).status).toBe(401);
		const whole = await lan.req('GET', media);
		expect([whole.status, whole.headers.get('content-type'), whole.headers.get('accept-ranges'), whole.headers.get('content-length')]).toEqual([200, 'video/mp4', 'bytes', String(MP4.byteLength)]);
		expect(new Uint8Array(await whole.arrayBuffer())).toEqual(MP4);
		const part = await lan.req('GET', media, undefined, { range: 'bytes=1000-1999' });
		expect([part.status, part.headers.get('content-range'), part.headers.get('content-length')]).toEqual([206, `bytes 1000-1999/${MP4.byteLength}`, '1000']);
		expect(new Uint8Array(await part.arrayBuffer())).toEqual(MP4.subarray(1000, 2000));
		const tail = await lan.req('GET', media, undefined, { range: 'bytes=-10' });
		expect(new Uint8Array(await tail.arrayBuffer())).toEqual(MP4.subarray(MP4.byteLength - 10));
		const beyond = await lan.req('GET', media, undefined, { range: `bytes=${MP4.byteLength}-` });
		expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, `bytes */${MP4.byteLength}`]);
		const etag = whole.headers.get('etag')!;
		expect((await lan.req('GET', media, undefined, { 'if-none-match': etag })).status).toBe(304);
		expect((await lan.req('GET', `/api/v1/lessons/${pdfId}/media`)).status).toBe(409);
		expect((await lan.req('POST', `/api/v1/lessons/${videoId}/progress`)).status).toBe(200);
		const doc = await lan.req('GET', `/api/v1/lessons/${pdfId}/media`);
		expect([doc.status, doc.headers.get('content-type'), doc.headers.get('content-disposition')]).toEqual([200, 'application/pdf', "attachment; filename=\"so-tay.pdf\"; filename*=UTF-8''so-tay.pdf"]);
		// started lessons stay; the manager reorders
		expect((await qm.req('DELETE', `/api/v1/lessons/${videoId}`)).status).toBe(409);
		expect((await qm.req('POST', `/api/v1/lessons/${pdfId}/moves`, { direction: 'up' })).status).toBe(200);
		expect((await jsonOf<{ items: { title: string }[] }>(await qm.req('GET', `/api/v1/courses/${courseId}/lessons`))).items.map((i) => i.title)).toEqual(['Sổ tay', 'Video: cài VNeID']);
	});

	it('refuses bodies larger than the route allows before reading them, and bodies of unknown length outside the upload routes', async () => {
		// a page form of 7 MB (forms take 6 MiB; only the lesson upload takes more)
		const big = await fetch(`${server.url}/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url }, body: `login=${'a'.repeat(7 * 1024 * 1024)}` });
		expect(big.status).toBe(413);
		// a 7 MB PDF: taken where a lesson is added (API and the console form), refused by another upload route
		const qm = new Client(server.url);
		await qm.signIn('quangminh.canbo');
		const courseId = await onlineCourse(server.url, qm, `Tài liệu lớn ${Date.now() % 100000}`);
		const pdf7 = { name: 'so-tay-day-du.pdf', type: 'application/pdf', bytes: new Uint8Array([...PDF, ...new Uint8Array(7 * 1024 * 1024)]) };
		expect((await postForm(qm, `/api/v1/courses/${courseId}/lessons`, { title: 'Sổ tay đầy đủ', kind: 'pdf' }, pdf7)).status).toBe(201);
		const asBrowser = { accept: 'text/html' }; // a form posted by a browser, not by the page's script
		const viaConsole = await postForm(qm, `/console/courses/${courseId}/lessons?/add`, { title: 'Sổ tay đầy đủ (bản 2)', kind: 'pdf' }, pdf7, undefined, asBrowser);
		expect([viaConsole.status, viaConsole.headers.get('location')]).toEqual([303, expect.stringContaining('saved=added')]);
		expect((await jsonOf<{ items: { title: string }[] }>(await qm.req('GET', `/api/v1/courses/${courseId}/lessons`))).items.map((i) => i.title)).toEqual(['Sổ tay đầy đủ', 'Sổ tay đầy đủ (bản 2)']);
		expect((await postForm(qm, `/console/courses/${courseId}/lessons?/remove`, { lessonId: 'x' }, pdf7, undefined, asBrowser)).status).toBe(413);
		expect((await postForm(qm, '/api/v1/imports/people', { unit: 'x' }, pdf7)).status).toBe(413);
		expect(await big.text()).toBe('Dữ liệu gửi lên quá lớn.');
		// a JSON call sent in chunks, declaring no length
		const chunks = new ReadableStream<Uint8Array>({
			start(c) {
				c.enqueue(new TextEncoder().encode('{"login":"a",'));
				c.enqueue(new TextEncoder().encode('"password":"b"}'));
				c.close();
			}
		});
		const chunked = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
		expect(chunked.status).toBe(413);
		expect((await jsonOf<{ code: string }>(chunked)).code).toBe('payload_too_large');
	});
});

describe.skipIf(!chromiumPath)('lessons in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(chromiumPath!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('lets a manager add a PDF lesson and a quiz typed as text from the console (JavaScript off), and a learner watch a video lesson on a phone', async () => {
		const qm = new Client(base);
		await qm.signIn('quangminh.canbo');
		const courseId = await onlineCourse(base, qm, `An toàn trên mạng ${Date.now() % 100000}`);
		const video = await postForm(qm, `/api/v1/courses/${courseId}/lessons`, { title: 'Video: nhận biết tin nhắn lừa đảo', kind: 'video' }, { name: 'lua-dao.mp4', type: 'video/mp4', bytes: MP4 }, 'WEBVTT\n\n00:00.000 --> 00:03.000\nĐừng bấm vào đường dẫn lạ.\n');
		const videoId = (await jsonOf<{ id: string }>(video)).id;

		const ctx = await phoneContext(browser, { js: false });
		const page = await ctx.newPage();
		await signInThroughPage(page, base, 'quangminh.canbo');
		await page.goto(`${base}/console/courses/${courseId}/lessons`);
		await expectAccessible(browser, page);
		await page.getByLabel('Tên bài học').fill('Sổ tay an toàn');
		await page.getByLabel('Loại bài học').selectOption('pdf');
		await page.getByLabel('Tệp video (MP4, WebM) hoặc PDF').setInputFiles({ name: 'so-tay.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
		await Promise.all([page.waitForURL(/saved=added/), page.getByRole('button', { name: 'Thêm bài học', exact: true }).click()]);
		await page.getByText('Đã thêm bài học.').waitFor();
		await page.getByText('so-tay.pdf').waitFor();

		// a quiz with a line that cannot be read: the message names it and keeps what was typed
		await page.getByLabel('Tên bài học').fill('Kiểm tra cuối khóa');
		await page.getByLabel('Loại bài học').selectOption('quiz');
		const bad = 'Ngân hàng có gọi xin mã OTP không?\n( ) Đúng\n(x) Sai\n(x) Có thể';
		await page.getByLabel('Các câu hỏi').fill(bad);
		await page.getByRole('button', { name: 'Thêm bài học', exact: true }).click();
		await page.getByText('Dòng 4 của phần câu hỏi chưa đúng mẫu').waitFor();
		expect(await page.getByLabel('Các câu hỏi').inputValue()).toBe(bad);
		await expectAccessible(browser, page);
		await page.getByLabel('Các câu hỏi').fill('Ngân hàng có gọi xin mã OTP không?\n( ) Đúng\n(x) Sai\n> Ngân hàng không bao giờ xin mã OTP.\n\nCần làm gì khi nghi bị lừa?\n[x] Báo công an xã\n[ ] Chuyển tiền cho nhanh\n[x] Hỏi người thân');
		await Promise.all([page.waitForURL(/saved=added/), page.getByRole('button', { name: 'Thêm bài học', exact: true }).click()]);
		// corrected from its own page: the questions come back as the text they were typed in
		await Promise.all([page.waitForURL(/\/console\/lessons\//), page.getByRole('link', { name: 'Sửa bài “Kiểm tra cuối khóa”' }).click()]);
		await expectAccessible(browser, page);
		expect((await page.getByLabel('Các câu hỏi').inputValue()).split('\n').slice(0, 3)).toEqual(['Ngân hàng có gọi xin mã OTP không?', '( ) Đúng', '(x) Sai']);
		await page.getByLabel('Tỷ lệ câu đúng để đạt (%)').fill('150');
		await page.getByRole('button', { name: 'Lưu' }).click();
		await page.getByText('Giá trị không được vượt quá 100.').waitFor();
		await page.getByLabel('Tỷ lệ câu đúng để đạt (%)').fill('60');
		await page.getByLabel('Tên bài học').fill('Kiểm tra cuối khóa (lần 2)');
		await Promise.all([page.waitForURL(/saved=updated/), page.getByRole('button', { name: 'Lưu' }).click()]);
		await page.getByText('Đã lưu bài học.').waitFor();
		const outline = await jsonOf<{ items: { title: string; kind: string }[] }>(await qm.req('GET', `/api/v1/courses/${courseId}/lessons`));
		expect(outline.items.map((i) => [i.title, i.kind])).toEqual([
			['Video: nhận biết tin nhắn lừa đảo', 'video'],
			['Sổ tay an toàn', 'pdf'],
			['Kiểm tra cuối khóa (lần 2)', 'quiz']
		]);
		await ctx.close();

		// a learner on a phone: the player asks for the video's first bytes only
		const phone = await phoneContext(browser, { js: true });
		const learner = await phone.newPage();
		await signInThroughPage(learner, base, 'dan.hung');
		const fetched = learner.waitForRequest((r) => r.url().endsWith(`/lessons/${videoId}/media`), { timeout: 15_000 });
		await learner.goto(`${base}/learn/${videoId}`);
		expect(await learner.locator('video').getAttribute('src')).toBe(`/api/v1/lessons/${videoId}/media`);
		expect((await fetched).headers()['range']).toMatch(/^bytes=0-/);
		expect(await learner.locator('video track[kind="captions"]').getAttribute('src')).toBe(`/api/v1/lessons/${videoId}/captions`);
		const cc = await learner.request.get(`${base}/api/v1/lessons/${videoId}/captions`);
		expect([cc.status(), cc.headers()['content-type'], await cc.text()]).toEqual([200, 'text/vtt; charset=utf-8', 'WEBVTT\n\n00:00.000 --> 00:03.000\nĐừng bấm vào đường dẫn lạ.\n']);
		await learner.getByRole('link', { name: /Tải video về máy \(29\d KB\)/ }).waitFor();
		await expectAccessible(browser, learner);
		await Promise.all([learner.waitForURL(/\/learn\//), learner.getByRole('button', { name: 'Đã học xong, sang bài tiếp' }).click()]);
		await learner.getByRole('link', { name: /Tải tài liệu PDF/ }).waitFor();
		await phone.close();
	});
});
