/** Reading multipart form data — whole when small, streamed to disk when large — with a clear message when it cannot be read. */
import Busboy, { type BusboyFileStream, type BusboyInstance } from '@fastify/busboy';
import { Readable } from 'node:stream';
import { AppError } from '../platform/errors';
import type { FileStore } from '../platform/files';
import { newId } from '../platform/ids';

const unreadable = () => new AppError('invalid', 'errors.invalid', { fields: { file: { key: 'errors.field.required' } } });

/** Reads a small multipart form whole (a picture, an import file): its text fields and the uploaded `file`. */
export async function readUpload(request: Request): Promise<{ fields: Record<string, string>; file: Uint8Array | null; fileName: string | null }> {
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) throw unreadable();
	let fd: FormData;
	try {
		fd = await request.formData();
	} catch {
		throw unreadable();
	}
	const fields: Record<string, string> = {};
	let file: Uint8Array | null = null;
	let fileName: string | null = null;
	for (const [k, v] of fd) {
		if (typeof v === 'string') fields[k] = v;
		else if (k === 'file' && v.size > 0) {
			file = new Uint8Array(await v.arrayBuffer());
			fileName = v.name || null;
		}
	}
	return { fields, file, fileName };
}

/** Removes form parts left staged under `uploads/` by a request cut off by a stop (they live only while their request runs). */
export async function sweepStagedUploads(store: FileStore, olderThan: Date): Promise<number> {
	const left = (await store.list('uploads')).filter((f) => f.modifiedAt <= olderThan);
	for (const f of left) await store.discard(f.name);
	return left.length;
}

/** A file of a form, as it was chosen: its name and its bytes, read from where it was staged. */
export interface StagedUpload {
	name: string;
	body: ReadableStream<Uint8Array>;
}

/**
 * Reads a multipart form as it arrives, for uploads too large to hold in memory: the text fields
 * (small) into memory, each chosen file straight to disk under `uploads/`, then runs fn with the
 * fields and the files by field name. The staged files are removed when fn ends, whatever the
 * outcome; a file beyond maxFileBytes fails its field before fn runs.
 */
export async function withStreamedForm<T>(request: Request, store: FileStore, maxFileBytes: number, fn: (fields: Record<string, string>, files: Record<string, StagedUpload>) => Promise<T>): Promise<T> {
	const type = (request.headers.get('content-type') ?? '').toLowerCase();
	if (!type.startsWith('multipart/form-data') || !request.body) throw unreadable();
	const fields: Record<string, string> = {};
	const staged: Record<string, { name: string; key: string; size: number }> = {};
	const keys: string[] = [];
	const tooLarge: string[] = [];
	const writes: Promise<void>[] = [];
	try {
		let parser: BusboyInstance;
		try {
			parser = new Busboy({ headers: { 'content-type': request.headers.get('content-type')! }, limits: { fileSize: maxFileBytes, fieldSize: 100_000, fields: 50, files: 4, parts: 60 } });
		} catch {
			throw unreadable(); // no boundary
		}
		parser.on('field', (name: string, value: string) => {
			fields[name] = value;
		});
		parser.on('file', (name: string, stream: BusboyFileStream, fileName: string) => {
			if (!fileName || name in staged) {
				stream.resume(); // an empty file input, or a field sent twice: nothing to keep
				return;
			}
			const key = `uploads/${newId()}-part.bin`;
			keys.push(key);
			const write = store.putStream(key, Readable.toWeb(stream) as ReadableStream<Uint8Array>, maxFileBytes + 1).then((size) => {
				if (stream.truncated) tooLarge.push(name);
				else if (size > 0) staged[name] = { name: fileName, key, size };
			});
			write.catch(() => {}); // handled below (Promise.all): a failed write must not go unhandled meanwhile
			writes.push(write);
		});
		await new Promise<void>((resolve, reject) => {
			parser.on('finish', resolve);
			parser.on('error', () => reject(unreadable()));
			const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>);
			body.on('error', () => reject(unreadable()));
			body.pipe(parser);
		});
		await Promise.all(writes);
		if (tooLarge.length) throw new AppError('invalid', 'errors.invalid', { fields: Object.fromEntries(tooLarge.map((f) => [f, { key: 'errors.field.file_too_large' }])) });
		const files: Record<string, StagedUpload> = {};
		for (const [field, f] of Object.entries(staged)) {
			const opened = await store.open(f.key);
			if (opened) files[field] = { name: f.name, body: opened.read(0, f.size - 1) };
		}
		return await fn(fields, files);
	} finally {
		await Promise.allSettled(writes);
		for (const key of keys) await store.discard(key);
	}
}
