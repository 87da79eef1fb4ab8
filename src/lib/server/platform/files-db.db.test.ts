import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { CHUNK_BYTES, databaseFileStore } from './files-db';
import { TooLarge } from './files';

describeEachDatabase('platform: files kept in the database', {}, (get) => {
	const key = (area = 'lessons', ext = 'mp4') => `${area}/${crypto.randomUUID()}-video.${ext}`;
	/** bytes whose every position can be told apart (a wrong offset shows) */
	const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + (i >> 8)) & 255);
	/** a stream of the bytes in pieces of odd sizes, as a network delivers them */
	const inPieces = (bytes: Uint8Array, piece = 65_521) =>
		new ReadableStream<Uint8Array>({
			start(c) {
				for (let at = 0; at < bytes.byteLength; at += piece) c.enqueue(bytes.slice(at, at + piece));
				c.close();
			}
		});
	const read = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer());
	/** byte for byte (vitest's deep equality is slow on half a megabyte) */
	const same = (a: Uint8Array | null, b: Uint8Array) => a !== null && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

	it('streams a file in, chunk by chunk, and reads any byte range back, across chunk edges', async () => {
		const store = databaseFileStore(get().services.db);
		const bytes = pattern(CHUNK_BYTES * 2 + 12_345);
		const k = key();
		expect(await store.putStream(k, inPieces(bytes), bytes.byteLength)).toBe(bytes.byteLength);
		const f = (await store.open(k))!;
		expect(f.size).toBe(bytes.byteLength);
		for (const [a, b] of [
			[0, 0],
			[0, bytes.byteLength - 1],
			[CHUNK_BYTES - 3, CHUNK_BYTES + 2],
			[CHUNK_BYTES, CHUNK_BYTES * 2 - 1],
			[bytes.byteLength - 10, bytes.byteLength - 1],
			[100, 200]
		] as const)
			expect(same(await read(f.read(a, b)), bytes.subarray(a, b + 1)), `${a}-${b}`).toBe(true);
		expect(same(await store.get(k), bytes)).toBe(true);
		const chunks = await get().services.db.kysely.selectFrom('file_chunks').select('seq').where('key', '=', k).execute();
		expect(chunks).toHaveLength(3);
	});

	it('keeps nothing of a stream beyond its limit, and nothing of a file deleted', async () => {
		const store = databaseFileStore(get().services.db);
		const k = key();
		await expect(store.putStream(k, inPieces(pattern(CHUNK_BYTES + 10)), CHUNK_BYTES)).rejects.toBeInstanceOf(TooLarge);
		expect(await store.open(k)).toBeNull();
		expect(await get().services.db.kysely.selectFrom('file_chunks').select('seq').where('key', '=', k).execute()).toEqual([]);
		const small = key('covers', 'webp');
		await store.put(small, pattern(1000));
		expect(await store.get(small)).toEqual(pattern(1000));
		await store.delete(small);
		expect(await store.get(small)).toBeNull();
		await expect(store.putStream('../etc/passwd', inPieces(pattern(1)), 10)).rejects.toThrow(/bad file key/);
		expect(await store.get('../etc/passwd')).toBeNull();
	});

	it('lists an area with uploads never finished (a process that died) and discards them', async () => {
		const store = databaseFileStore(get().services.db);
		const done = key('uploads', 'bin');
		await store.put(done, pattern(10));
		const half = key('uploads', 'bin');
		await get().services.db.kysely.insertInto('stored_files').values({ key: half, size: 0, complete: 0, modified_at: '2026-01-01T00:00:00.000Z' }).execute();
		expect(await store.open(half)).toBeNull();
		const listed = await store.list('uploads');
		expect(listed.map((f) => [f.name, f.stored]).sort()).toEqual([
			[done, true],
			[half, false]
		].sort());
		await store.discard(half);
		expect((await store.list('uploads')).map((f) => f.name)).toEqual([done]);
		expect(await store.list('../..')).toEqual([]);
	});
});
