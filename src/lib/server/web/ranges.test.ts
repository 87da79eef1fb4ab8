import { describe, expect, it } from 'vitest';
import { fileResponse, parseRange } from './ranges';
import { peek, sniffType } from '../platform/files';

const bytes = new TextEncoder().encode('0123456789');
const stored = { size: bytes.length, read: (start: number, end: number) => new Blob([bytes.slice(start, end + 1)]).stream() };
const file = { file: stored, type: 'video/mp4', name: 'Bài 1 — làm quen.mp4', etag: '"k1"' };
const get = (headers: Record<string, string> = {}) => fileResponse(new Request('http://t/x', { headers }), file, 'inline');

describe('byte ranges (RFC 9110)', () => {
	it('reads the three forms of a single range and refuses what lies beyond the end', () => {
		expect(parseRange('bytes=0-3', 10)).toEqual({ start: 0, end: 3 });
		expect(parseRange('bytes=4-', 10)).toEqual({ start: 4, end: 9 });
		expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
		expect(parseRange('bytes=5-400', 10)).toEqual({ start: 5, end: 9 });
		expect(parseRange('bytes=-400', 10)).toEqual({ start: 0, end: 9 });
		expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=6-2', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=0-1,4-5', 10)).toBeNull(); // several ranges: the whole file
		expect(parseRange('items=0-1', 10)).toBeNull();
		expect(parseRange(null, 10)).toBeNull();
	});

	it('answers 206 with the part asked for, 200 with the whole, 416 beyond the end and 304 when unchanged', async () => {
		const part = get({ range: 'bytes=2-5' });
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
		expect(part.headers.get('content-length')).toBe('4');
		expect(await part.text()).toBe('2345');
		const whole = get();
		expect([whole.status, whole.headers.get('accept-ranges'), whole.headers.get('content-length'), await whole.text()]).toEqual([200, 'bytes', '10', '0123456789']);
		expect(whole.headers.get('content-disposition')).toBe(`inline; filename="Bai 1 _ lam quen.mp4"; filename*=UTF-8''${encodeURIComponent('Bài 1 — làm quen.mp4')}`);
		expect(whole.headers.get('cache-control')).toBe('private, no-cache');
		const beyond = get({ range: 'bytes=20-' });
		expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, 'bytes */10']);
		expect(get({ 'if-none-match': '"k1"' }).status).toBe(304);
		expect(get({ 'if-none-match': '"k0", W/"k1"' }).status).toBe(304);
		expect(get({ 'if-none-match': '*' }).status).toBe(304);
		expect(get({ 'if-none-match': '"k2"' }).status).toBe(200);
		expect(get({ range: 'BYTES=0-1' }).status).toBe(206);
		const head = fileResponse(new Request('http://t/x', { method: 'HEAD', headers: { range: 'bytes=0-3' } }), file, 'inline');
		expect([head.status, head.headers.get('content-length'), head.body]).toEqual([206, '4', null]);
		// a range against an older copy (If-Range no longer matches) gets the whole new file
		expect(get({ range: 'bytes=2-5', 'if-range': '"old"' }).status).toBe(200);
	});
});

describe('what an uploaded file really is', () => {
	it('looks at the first bytes, not at the name', () => {
		expect(sniffType(new TextEncoder().encode('%PDF-1.7\n'))?.type).toBe('application/pdf');
		expect(sniffType(new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]))?.type).toBe('video/mp4');
		expect(sniffType(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2]))?.type).toBe('video/webm');
		expect(sniffType(new TextEncoder().encode('<html>'))).toBeNull();
		expect(sniffType(new Uint8Array())).toBeNull();
	});

	it('peeks at a stream without losing any of it', async () => {
		const chunks = ['%P', 'DF-1', '.7 rest of the file'];
		const body = new ReadableStream<Uint8Array>({
			start(c) {
				for (const x of chunks) c.enqueue(new TextEncoder().encode(x));
				c.close();
			}
		});
		const { head, body: rest } = await peek(body, 5);
		expect(new TextDecoder().decode(head)).toBe('%PDF-');
		expect(await new Response(rest).text()).toBe(chunks.join(''));
		const short = await peek(new Blob(['ab']).stream(), 16);
		expect(new TextDecoder().decode(short.head)).toBe('ab');
		expect(await new Response(short.body).text()).toBe('ab');
	});
});
