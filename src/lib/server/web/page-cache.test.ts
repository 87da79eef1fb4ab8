import { describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache';

const get = (headers: Record<string, string> = {}) => new Request('http://x/courses', { headers });
const page = (body: string, headers: Record<string, string> = {}) => new Response(body, { status: 200, headers: { 'content-type': 'text/html', ...headers } });

describe('the page cache', () => {
	it('answers what it kept while the data has not changed, with an ETag and 304 for a browser that has it', async () => {
		const cache = createPageCache();
		expect(cache.lookup('vi /courses', 1, get())).toBeNull();
		const first = await cache.keep('vi /courses', 1, get(), page('<h1>Khóa học</h1>'));
		expect([first.headers.get('x-cache'), first.headers.get('cache-control'), await first.text()]).toEqual(['miss', 'public, no-cache', '<h1>Khóa học</h1>']);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^W\/"/);
		const hit = cache.lookup('vi /courses', 1, get())!;
		expect([hit.status, hit.headers.get('x-cache'), hit.headers.get('etag'), await hit.text()]).toEqual([200, 'hit', etag, '<h1>Khóa học</h1>']);
		const again = cache.lookup('vi /courses', 1, get({ 'if-none-match': etag }))!;
		expect([again.status, await again.text()]).toEqual([304, '']);
		// the data changed (here or in another process): made afresh
		expect(cache.lookup('vi /courses', 2, get())).toBeNull();
		expect(cache.size).toBe(0);
	});

	it('keeps an answer a minute at most, never one that sets a cookie or is private, and makes afresh when asked no-cache', async () => {
		let t = 0;
		const cache = createPageCache({ now: () => t });
		await cache.keep('k', 1, get(), page('a'));
		t = 59_000;
		expect(cache.lookup('k', 1, get())).not.toBeNull();
		expect(cache.lookup('k', 1, get({ 'cache-control': 'no-cache' }))).toBeNull();
		t = 61_000;
		expect(cache.lookup('k', 1, get())).toBeNull();
		const cookie = await cache.keep('c', 1, get(), page('b', { 'set-cookie': 'lang=en' }));
		expect(cookie.headers.get('x-cache')).toBeNull();
		await cache.keep('p', 1, get(), page('c', { 'cache-control': 'private' }));
		await cache.keep('e', 1, get(), new Response('no', { status: 404 }));
		expect(cache.size).toBe(0);
	});

	it('lets the least recently used answers go when full', async () => {
		const cache = createPageCache({ maxEntries: 2 });
		await cache.keep('a', 1, get(), page('a'));
		await cache.keep('b', 1, get(), page('b'));
		cache.lookup('a', 1, get());
		await cache.keep('c', 1, get(), page('c'));
		expect([cache.lookup('a', 1, get()) !== null, cache.lookup('b', 1, get()) !== null, cache.lookup('c', 1, get()) !== null]).toEqual([true, false, true]);
	});
});
