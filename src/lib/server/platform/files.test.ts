import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localFileStore, TooLarge } from './files';

describe('the local file store', () => {
	const dir = mkdtempSync(join(tmpdir(), 'suotdoi-store-'));
	const store = localFileStore(dir);
	const key = `lessons/${crypto.randomUUID()}-video.mp4`;
	const stream = (...chunks: string[]) => new Blob(chunks).stream();

	it('writes a stream under its key, and keeps nothing of a stream beyond the limit', async () => {
		expect(await store.putStream(key, stream('abc', 'def'), 10)).toBe(6);
		const f = await store.open(key);
		expect(await new Response(f!.read(1, 3)).text()).toBe('bcd');
		const big = `lessons/${crypto.randomUUID()}-video.mp4`;
		await expect(store.putStream(big, stream('0123456789', 'x'), 10)).rejects.toBeInstanceOf(TooLarge);
		expect(await store.open(big)).toBeNull();
		expect((await store.list('lessons')).map((f) => f.name)).toEqual([key]);
		await expect(store.putStream('../etc/passwd', stream('x'), 10)).rejects.toThrow(/bad file key/);
	});

	it('lists what an area holds, temporary files of unfinished writes included, and discards them', async () => {
		const temp = `${key}.4242.1700000000000.tmp`;
		writeFileSync(join(dir, temp), 'half');
		writeFileSync(join(dir, 'lessons', 'notes.txt'), 'not ours');
		const listed = await store.list('lessons');
		expect(listed.map((f) => [f.name, f.stored]).sort()).toEqual([
			[key, true],
			[temp, false]
		]);
		await store.discard(temp);
		await store.discard('lessons/notes.txt'); // not a name the store makes: left alone
		expect((await store.list('lessons')).map((f) => f.name)).toEqual([key]);
		expect(await store.list('../..')).toEqual([]);
	});
});
