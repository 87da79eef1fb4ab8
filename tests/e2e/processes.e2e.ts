/**
 * Two app processes on one PostgreSQL database, as they run behind a proxy: what one stores,
 * the other serves. Each process has its own FILES_DIR; files live in the database.
 */
import { describe, expect, inject, it } from 'vitest';
import { MP4, onlineCourse, postForm } from './fixtures';
import { Client, jsonOf } from './http';

const twin = inject('twin');

describe.runIf(twin)('two app processes on one PostgreSQL database', () => {
	it('streams a lesson video uploaded through one process, with byte ranges, through the other', async () => {
		const { of: first, url: second } = twin!;
		const qm = new Client(first);
		await qm.signIn('quangminh.canbo');
		const courseId = await onlineCourse(first, qm, `Hai tiến trình ${Date.now() % 100000}`);
		const up = await postForm(qm, `/api/v1/courses/${courseId}/lessons`, { title: 'Video qua tiến trình thứ nhất', kind: 'video' }, { name: 'video.mp4', type: 'video/mp4', bytes: MP4 });
		expect(up.status).toBe(201);
		const media = `/api/v1/lessons/${(await jsonOf<{ id: string }>(up)).id}/media`;

		const lan = new Client(second);
		expect((await lan.signIn('dan.lan')).status).toBe(201);
		const part = await lan.req('GET', media, undefined, { range: 'bytes=100000-100099' });
		expect([part.status, part.headers.get('content-range'), part.headers.get('content-length')]).toEqual([206, `bytes 100000-100099/${MP4.byteLength}`, '100']);
		expect(new Uint8Array(await part.arrayBuffer())).toEqual(MP4.subarray(100000, 100100));
		const whole = await lan.req('GET', media);
		expect(whole.status).toBe(200);
		expect(Buffer.from(await whole.arrayBuffer()).equals(Buffer.from(MP4))).toBe(true);
	});

	it('refreshes a public page one process keeps once a write goes through the other, and never keeps a signed-in page', async () => {
		const { of: first, url: second } = twin!;
		const anonymous = () => fetch(`${second}/news`);
		await (await anonymous()).arrayBuffer();
		const kept = await anonymous();
		expect([kept.status, kept.headers.get('x-cache'), kept.headers.get('cache-control')]).toEqual([200, 'hit', 'public, no-cache']);
		const etag = kept.headers.get('etag')!;
		expect((await fetch(`${second}/news`, { headers: { 'if-none-match': etag } })).status).toBe(304);

		const title = `Tin mới qua tiến trình thứ nhất ${Date.now() % 100000}`;
		const officer = new Client(first);
		await officer.signIn('admin');
		expect((await officer.req('POST', '/api/v1/news', { kind: 'news', title, body: 'Đăng từ một tiến trình, đọc ở tiến trình kia.', status: 'published' })).status).toBe(201);
		// the other process hears of the write (NOTIFY) and makes the page afresh
		let html = '';
		for (let i = 0; i < 50 && !html.includes(title); i++) {
			if (i) await new Promise((r) => setTimeout(r, 100));
			html = await (await anonymous()).text();
		}
		expect(html).toContain(title);

		// a signed-in reader: made for them, private
		const reader = new Client(second);
		await reader.signIn('dan.lan');
		const mine = await reader.req('GET', '/news');
		expect([mine.status, mine.headers.get('x-cache'), mine.headers.get('cache-control')]).toEqual([200, null, 'private, no-cache']);
	});
});
