/**
 * Files kept in the database, so that every app process on one PostgreSQL serves the same
 * files (a lesson's video uploaded through one process streams from another). A file is a row
 * in `stored_files` and its bytes in chunks of 256 KiB (`file_chunks`): an upload is written a
 * chunk at a time as it arrives, and a byte range reads only the chunks it covers, one query
 * each, so neither holds a whole video in memory. FILE_STORE chooses: `database` (the default
 * on PostgreSQL) or `disk` (the default on SQLite, FILES_DIR).
 */
import type { Db } from './db';
import { isFileKey, localFileStore, TooLarge, type FileStore } from './files';

export const CHUNK_BYTES = 256 * 1024;
/** an upload in progress says it is alive every this many chunks (the sweep leaves it alone) */
const TOUCH_EVERY = 16;

export function databaseFileStore(db: Db): FileStore {
	const k = db.kysely;
	const now = () => new Date().toISOString();
	const remove = (key: string) => k.deleteFrom('stored_files').where('key', '=', key).execute();

	/** Joins pieces and cuts the first n bytes off: [chunk, rest]. */
	function take(pieces: Uint8Array[], n: number): Uint8Array {
		const out = new Uint8Array(n);
		let at = 0;
		while (at < n) {
			const p = pieces[0]!;
			const want = Math.min(n - at, p.byteLength);
			out.set(p.subarray(0, want), at);
			at += want;
			if (want === p.byteLength) pieces.shift();
			else pieces[0] = p.subarray(want);
		}
		return out;
	}

	return {
		async put(key, bytes) {
			if (!isFileKey(key)) throw new Error(`bad file key: ${key}`);
			await k.transaction().execute(async (trx) => {
				await trx.deleteFrom('stored_files').where('key', '=', key).execute();
				await trx.insertInto('stored_files').values({ key, size: bytes.byteLength, complete: 1, modified_at: now() }).execute();
				for (let seq = 0; seq * CHUNK_BYTES < bytes.byteLength; seq++) await trx.insertInto('file_chunks').values({ key, seq, bytes: bytes.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES) }).execute();
			});
		},
		async get(key) {
			if (!isFileKey(key)) return null;
			const f = await k.selectFrom('stored_files').select('size').where('key', '=', key).where('complete', '=', 1).executeTakeFirst();
			if (!f) return null;
			const rows = await k.selectFrom('file_chunks').select('bytes').where('key', '=', key).orderBy('seq').execute();
			return take(
				rows.map((r) => r.bytes),
				Number(f.size)
			);
		},
		async delete(key) {
			if (isFileKey(key)) await remove(key);
		},
		async putStream(key, body, maxBytes) {
			if (!isFileKey(key)) throw new Error(`bad file key: ${key}`);
			await remove(key);
			await k.insertInto('stored_files').values({ key, size: 0, complete: 0, modified_at: now() }).execute();
			const reader = body.getReader();
			const pending: Uint8Array[] = [];
			let pendingBytes = 0;
			let size = 0;
			let seq = 0;
			const flush = async (n: number) => {
				await k.insertInto('file_chunks').values({ key, seq: seq++, bytes: take(pending, n) }).execute();
				pendingBytes -= n;
				if (seq % TOUCH_EVERY === 0) await k.updateTable('stored_files').set({ modified_at: now() }).where('key', '=', key).execute();
			};
			try {
				for (;;) {
					const { done, value } = await reader.read();
					if (done) break;
					size += value.byteLength;
					if (size > maxBytes) throw new TooLarge(maxBytes);
					pending.push(value);
					pendingBytes += value.byteLength;
					while (pendingBytes >= CHUNK_BYTES) await flush(CHUNK_BYTES);
				}
				if (pendingBytes) await flush(pendingBytes);
				await k.updateTable('stored_files').set({ size, complete: 1, modified_at: now() }).where('key', '=', key).execute();
				return size;
			} catch (e) {
				await reader.cancel().catch(() => undefined);
				await remove(key);
				throw e;
			}
		},
		async list(area) {
			if (!/^[a-z]+$/.test(area)) return [];
			const rows = await k.selectFrom('stored_files').select(['key', 'complete', 'modified_at']).where('key', 'like', `${area}/%`).execute();
			return rows.map((r) => ({ name: r.key, stored: Number(r.complete) === 1, modifiedAt: new Date(r.modified_at) }));
		},
		async discard(name) {
			if (isFileKey(name)) await remove(name);
		},
		async open(key) {
			if (!isFileKey(key)) return null;
			const f = await k.selectFrom('stored_files').select('size').where('key', '=', key).where('complete', '=', 1).executeTakeFirst();
			if (!f) return null;
			return {
				size: Number(f.size),
				read(start, end) {
					const first = Math.floor(start / CHUNK_BYTES);
					const last = Math.floor(end / CHUNK_BYTES);
					let seq = first;
					return new ReadableStream<Uint8Array>({
						async pull(controller) {
							if (seq > last) return controller.close();
							const row = await k.selectFrom('file_chunks').select('bytes').where('key', '=', key).where('seq', '=', seq).executeTakeFirst();
							if (!row) return controller.error(new Error(`file ${key}: chunk ${seq} is missing`));
							const from = seq === first ? start % CHUNK_BYTES : 0;
							const to = seq === last ? (end % CHUNK_BYTES) + 1 : row.bytes.byteLength;
							controller.enqueue(row.bytes.subarray(from, to));
							seq++;
						}
					});
				}
			};
		}
	};
}

/** The file store the configuration names (FILE_STORE), by default the database's own on PostgreSQL. */
export function fileStoreFor(db: Db, env: Record<string, string | undefined> = process.env): FileStore {
	const kind = env.FILE_STORE?.trim() || (db.dialect === 'postgres' ? 'database' : 'disk');
	if (kind === 'database') return databaseFileStore(db);
	if (kind === 'disk') return localFileStore(env.FILES_DIR ?? './data/files');
	throw new Error(`FILE_STORE must be database or disk (got "${kind}")`);
}
