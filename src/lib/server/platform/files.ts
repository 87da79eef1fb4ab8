/**
 * Where uploaded files live. One interface; the local-disk store serves a single machine, an
 * S3-compatible store will serve several app processes (DESIGN.md: running at scale). Keys
 * are made by the platform (never by users): `<area>/<uuid>-<variant>.<ext>`.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile, rename, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface FileStore {
	put(key: string, bytes: Uint8Array): Promise<void>;
	/** null when there is no such file */
	get(key: string): Promise<Uint8Array | null>;
	delete(key: string): Promise<void>;
	/**
	 * Stores what a stream yields, without holding it in memory; answers the byte count. Throws
	 * TooLarge (and keeps nothing) once more than maxBytes arrive.
	 */
	putStream(key: string, body: ReadableStream<Uint8Array>, maxBytes: number): Promise<number>;
	/**
	 * What lies in one area, stored files and the temporary files of writes that never finished
	 * (a process that stopped mid-upload), with when each was last written.
	 */
	list(area: string): Promise<{ name: string; stored: boolean; modifiedAt: Date }[]>;
	/** Removes a stored file or a leftover temporary file found by list(). */
	discard(name: string): Promise<void>;
	/** The size of a file and a way to read part of it (bytes start..end inclusive); null when absent. */
	open(key: string): Promise<{ size: number; read(start: number, end: number): ReadableStream<Uint8Array> } | null>;
}

export class TooLarge extends Error {
	constructor(readonly maxBytes: number) {
		super(`more than ${maxBytes} bytes`);
	}
}

const KEY_RE = /^[a-z]+\/[0-9a-f-]{36}-[a-z0-9]+\.(webp|png|jpg|pdf|csv|xlsx|mp4|webm|vtt|bin)$/;

export function isFileKey(key: string): boolean {
	return KEY_RE.test(key);
}

/** A write in progress: `<key>.<pid>.tmp` (put) or `<key>.<pid>.<ms>.tmp` (putStream). */
const isTempName = (name: string) => /\.\d+(\.\d+)?\.tmp$/.test(name) && isFileKey(name.replace(/\.\d+(\.\d+)?\.tmp$/, ''));

export function localFileStore(dir: string): FileStore {
	const root = resolve(dir);
	const pathOf = (key: string) => {
		if (!isFileKey(key)) throw new Error(`bad file key: ${key}`);
		const p = resolve(join(root, key));
		if (!p.startsWith(root + sep)) throw new Error(`bad file key: ${key}`);
		return p;
	};
	return {
		async put(key, bytes) {
			const p = pathOf(key);
			await mkdir(dirname(p), { recursive: true });
			const tmp = `${p}.${process.pid}.tmp`;
			await writeFile(tmp, bytes);
			await rename(tmp, p);
		},
		async get(key) {
			if (!isFileKey(key)) return null;
			try {
				return new Uint8Array(await readFile(pathOf(key)));
			} catch {
				return null;
			}
		},
		async delete(key) {
			if (isFileKey(key)) await rm(pathOf(key), { force: true });
		},
		async putStream(key, body, maxBytes) {
			const p = pathOf(key);
			await mkdir(dirname(p), { recursive: true });
			const tmp = `${p}.${process.pid}.${Date.now()}.tmp`;
			let size = 0;
			const limit = new Transform({
				transform(chunk: Buffer, _enc, done) {
					size += chunk.byteLength;
					done(size > maxBytes ? new TooLarge(maxBytes) : null, chunk);
				}
			});
			try {
				// pipeline ends every stream on the first error (a full disk included) and reports it here
				await pipeline(Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>), limit, createWriteStream(tmp));
				await rename(tmp, p);
				return size;
			} catch (e) {
				await rm(tmp, { force: true });
				throw e;
			}
		},
		async list(area) {
			if (!/^[a-z]+$/.test(area)) return [];
			const names = await readdir(join(root, area)).catch(() => [] as string[]);
			const out: { name: string; stored: boolean; modifiedAt: Date }[] = [];
			for (const n of names) {
				const name = `${area}/${n}`;
				if (!isFileKey(name) && !isTempName(name)) continue;
				const s = await stat(join(root, area, n)).catch(() => null);
				if (s?.isFile()) out.push({ name, stored: isFileKey(name), modifiedAt: s.mtime });
			}
			return out;
		},
		async discard(name) {
			if (isFileKey(name)) await rm(pathOf(name), { force: true });
			else if (isTempName(name)) await rm(join(root, name), { force: true });
		},
		async open(key) {
			if (!isFileKey(key)) return null;
			const p = pathOf(key);
			const s = await stat(p).catch(() => null);
			if (!s?.isFile()) return null;
			return { size: s.size, read: (start, end) => Readable.toWeb(createReadStream(p, { start, end })) as ReadableStream<Uint8Array> };
		}
	};
}

/** The first n bytes of a stream (fewer if it is shorter), and a stream that still yields everything. */
export async function peek(body: ReadableStream<Uint8Array>, n: number): Promise<{ head: Uint8Array; body: ReadableStream<Uint8Array> }> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let have = 0;
	let ended = false;
	while (have < n) {
		const { done, value } = await reader.read();
		if (done) {
			ended = true;
			break;
		}
		chunks.push(value);
		have += value.byteLength;
	}
	const head = new Uint8Array(have);
	let at = 0;
	for (const c of chunks) {
		head.set(c, at);
		at += c.byteLength;
	}
	const rest = new ReadableStream<Uint8Array>({
		start(controller) {
			if (have) controller.enqueue(head);
			if (ended) controller.close();
		},
		async pull(controller) {
			const { done, value } = await reader.read();
			if (done) controller.close();
			else controller.enqueue(value);
		},
		cancel(reason) {
			return reader.cancel(reason);
		}
	});
	return { head: head.subarray(0, Math.min(n, have)), body: rest };
}

/**
 * ISO media "major brands" of MP4 video that phone browsers play; QuickTime (qt), HEIC pictures
 * (heic, mif1), audio (M4A) and 3GP are other things in the same box format.
 */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'MSNV']);

/** What a file really is, from its first bytes (never from the name or type a client claims). */
export function sniffType(head: Uint8Array): { type: 'application/pdf'; ext: 'pdf' } | { type: 'video/mp4'; ext: 'mp4' } | { type: 'video/webm'; ext: 'webm' } | null {
	const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
	if (ascii(0, 5) === '%PDF-') return { type: 'application/pdf', ext: 'pdf' };
	if (ascii(4, 8) === 'ftyp' && MP4_BRANDS.has(ascii(8, 12))) return { type: 'video/mp4', ext: 'mp4' };
	if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return { type: 'video/webm', ext: 'webm' };
	return null;
}
