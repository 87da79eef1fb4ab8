import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors';
import { localFileStore } from '../platform/files';
import { sweepStagedUploads, withStreamedForm } from './uploads';

const store = localFileStore(mkdtempSync(join(tmpdir(), 'suotdoi-uploads-')));
const formRequest = (fd: FormData) => new Request('http://t/upload', { method: 'POST', body: fd });

describe('a large form read as it arrives', () => {
	it('gives the fields and each chosen file, read back from disk, then removes what it staged', async () => {
		const fd = new FormData();
		fd.append('title', 'Bài 1: Làm quen');
		fd.append('file', new Blob(['x'.repeat(200_000)], { type: 'video/mp4' }), 'bài 1.mp4');
		fd.append('captions', new Blob(['WEBVTT\n']), 'phu-de.vtt');
		fd.append('empty', new Blob([]), ''); // a file input left empty
		const seen = await withStreamedForm(formRequest(fd), store, 1_000_000, async (fields, files) => ({
			fields,
			names: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.name])),
			size: (await new Response(files.file!.body).arrayBuffer()).byteLength,
			captions: await new Response(files.captions!.body).text(),
			staged: (await store.list('uploads')).length
		}));
		expect(seen).toEqual({ fields: { title: 'Bài 1: Làm quen' }, names: { file: 'bài 1.mp4', captions: 'phu-de.vtt' }, size: 200_000, captions: 'WEBVTT\n', staged: 2 });
		expect(await store.list('uploads')).toEqual([]);
	});

	it('refuses a file beyond the limit on its field, and a body that is no form, keeping nothing', async () => {
		const fd = new FormData();
		fd.append('file', new Blob([new Uint8Array(300_000)]), 'lon.mp4');
		let ran = false;
		const e = await withStreamedForm(formRequest(fd), store, 100_000, async () => (ran = true)).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(AppError);
		expect((e as AppError).fields).toEqual({ file: { key: 'errors.field.file_too_large' } });
		expect(ran).toBe(false);
		const garbage = new Request('http://t/upload', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=abc' }, body: '--abc\r\nnonsense' });
		expect(await withStreamedForm(garbage, store, 100_000, async () => 1).catch((x: unknown) => (x as AppError).code)).toBe('invalid');
		const noBoundary = new Request('http://t/upload', { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'x' });
		expect(await withStreamedForm(noBoundary, store, 100_000, async () => 1).catch((x: unknown) => (x as AppError).code)).toBe('invalid');
		expect(await store.list('uploads')).toEqual([]);
		// what fn throws passes through, and the staged files still go
		const fd2 = new FormData();
		fd2.append('file', new Blob(['abc']), 'a.pdf');
		await expect(withStreamedForm(formRequest(fd2), store, 100_000, async () => Promise.reject(new AppError('conflict')))).rejects.toMatchObject({ code: 'conflict' });
		expect(await store.list('uploads')).toEqual([]);
	});

	it('sweeps parts a stopped request left staged, once they are old enough', async () => {
		await store.put(`uploads/${crypto.randomUUID()}-part.bin`, new Uint8Array([1, 2, 3]));
		expect(await sweepStagedUploads(store, new Date(Date.now() - 60_000))).toBe(0); // just written: maybe a request still running
		expect(await sweepStagedUploads(store, new Date(Date.now() + 1_000))).toBe(1);
		expect(await store.list('uploads')).toEqual([]);
	});
});
