/**
 * Where uploaded files live. One interface; the local-disk store serves a single machine, an
 * S3-compatible store will serve several app processes (DESIGN.md: running at scale). Keys
 * are made by the platform (never by users): `<area>/<uuid>-<variant>.<ext>`.
 */
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

export interface FileStore {
	put(key: string, bytes: Uint8Array): Promise<void>;
	/** null when there is no such file */
	get(key: string): Promise<Uint8Array | null>;
	delete(key: string): Promise<void>;
}

const KEY_RE = /^[a-z]+\/[0-9a-f-]{36}-[a-z0-9]+\.(webp|png|jpg|pdf|csv|xlsx)$/;

export function isFileKey(key: string): boolean {
	return KEY_RE.test(key);
}

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
		}
	};
}
