/**
 * Office Open XML packages (.xlsx, and later .docx), read without trusting them: a package is a
 * zip of XML files, and a small zip can inflate to gigabytes. Entries are inflated in 64 KiB
 * pieces, never whole, against caps on the declared size, the bytes actually inflated and the
 * ratio to the compressed size; the XML is scanned as it comes, with no DOCTYPE (so no entity
 * expansion) and no piece of markup longer than a cap. The first cap passed ends the read
 * with an AppError: 'errors.import.too_large' or 'errors.import.unreadable'.
 */
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { AppError } from './errors';

export const PACKAGE_LIMITS = {
	/** zip entries in a package (a workbook has a dozen or two) */
	entries: 1_000,
	/** an entry may inflate to at most this many times its compressed size (past a small floor) */
	ratio: 100,
	ratioFloorBytes: 16 * 2 ** 20,
	/** one tag, or one unfinished piece of markup */
	markupChars: 64 * 2 ** 10
} as const;

export const unreadable = (): AppError => new AppError('invalid', 'errors.import.unreadable');
export const tooLarge = (): AppError => new AppError('invalid', 'errors.import.too_large');

// ---- zip ----------------------------------------------------------------------------------

export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	dataStart: number;
}

/** The zip's central directory: every entry's name, method, sizes and where its data starts. */
export function zipEntries(b: Buffer): Map<string, ZipEntry> {
	const min = Math.max(0, b.length - 22 - 0xffff);
	let eocd = -1;
	for (let i = b.length - 22; i >= min; i--) {
		if (b.readUInt32LE(i) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw unreadable();
	const count = b.readUInt16LE(eocd + 10);
	const cdOffset = b.readUInt32LE(eocd + 16);
	// ZIP64 markers: no workbook we accept needs it
	if (count === 0xffff || cdOffset === 0xffffffff) throw unreadable();
	if (count > PACKAGE_LIMITS.entries) throw tooLarge();
	const entries = new Map<string, ZipEntry>();
	let p = cdOffset;
	for (let n = 0; n < count; n++) {
		if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw unreadable();
		const flags = b.readUInt16LE(p + 8);
		const method = b.readUInt16LE(p + 10);
		const compressedSize = b.readUInt32LE(p + 20);
		const size = b.readUInt32LE(p + 24);
		const nameLen = b.readUInt16LE(p + 28);
		const skip = nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
		const local = b.readUInt32LE(p + 42);
		if (p + 46 + skip > b.length) throw unreadable();
		const name = b.toString('utf8', p + 46, p + 46 + nameLen);
		p += 46 + skip;
		if (flags & 1) throw unreadable(); // encrypted
		if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) throw unreadable();
		const dataStart = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
		if (dataStart + compressedSize > b.length) throw unreadable();
		entries.set(name, { name, method, compressedSize, size, dataStart });
	}
	return entries;
}

/**
 * An entry's text, in pieces as it inflates. Refuses before inflating when the declared size
 * passes the cap, and stops as soon as the bytes actually inflated pass it (sizes can lie).
 */
export async function* entryText(b: Buffer, e: ZipEntry, cap: number): AsyncGenerator<string> {
	const limit = Math.min(cap, Math.max(PACKAGE_LIMITS.ratioFloorBytes, e.compressedSize * PACKAGE_LIMITS.ratio));
	if (e.size > limit) throw tooLarge();
	const data = b.subarray(e.dataStart, e.dataStart + e.compressedSize);
	const decoder = new StringDecoder('utf8');
	if (e.method === 0) {
		if (data.length > limit) throw tooLarge();
		for (let i = 0; i < data.length; i += 65_536) yield decoder.write(data.subarray(i, i + 65_536));
		yield decoder.end();
		return;
	}
	if (e.method !== 8) throw unreadable();
	const inflater = createInflateRaw({ chunkSize: 65_536 });
	inflater.end(data);
	let total = 0;
	try {
		for await (const chunk of inflater as AsyncIterable<Buffer>) {
			total += chunk.length;
			if (total > limit) throw tooLarge();
			yield decoder.write(chunk);
		}
	} catch (err) {
		if (err instanceof AppError) throw err;
		throw unreadable(); // corrupt deflate data
	} finally {
		inflater.destroy();
	}
	yield decoder.end();
}

// ---- XML ----------------------------------------------------------------------------------

export interface XmlHandler {
	open(name: string, attrs: Record<string, string>): void;
	close(name: string): void;
	text(s: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(ENTITY, (_, e: string) => {
		if (e[0] !== '#') return NAMED[e]!;
		const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
	});
}

/** The name without its namespace prefix (`x:row` → `row`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A small streaming XML scanner for SpreadsheetML: tags with attributes, text (entities
 * decoded, given in pieces, never held whole), CDATA; comments and processing instructions
 * are skipped; a DOCTYPE is refused (no entity expansion, ever). What is unfinished at the
 * end of a piece waits for the next one, and may not grow past `markupChars`.
 */
export async function scanXml(pieces: AsyncIterable<string>, h: XmlHandler): Promise<void> {
	let buf = '';
	for await (const piece of pieces) {
		buf += piece;
		let i = 0;
		const n = buf.length;
		while (i < n) {
			const lt = buf.indexOf('<', i);
			if (lt < 0) {
				// text to the end of the piece, but an entity cut in two waits for its end
				let end = n;
				const amp = buf.lastIndexOf('&');
				if (amp >= i && buf.indexOf(';', amp) < 0 && n - amp < 12) end = amp;
				if (end > i) h.text(decode(buf.slice(i, end)));
				i = end;
				break;
			}
			if (lt > i) h.text(decode(buf.slice(i, lt)));
			i = lt;
			const c1 = buf.charCodeAt(lt + 1);
			let end: number;
			if (c1 === 0x21 /* ! */) {
				if (buf.startsWith('<!--', lt)) {
					end = buf.indexOf('-->', lt + 4);
					if (end < 0) break;
					i = end + 3;
				} else if (buf.startsWith('<![CDATA[', lt)) {
					end = buf.indexOf(']]>', lt + 9);
					if (end < 0) break;
					h.text(buf.slice(lt + 9, end));
					i = end + 3;
				} else if (n - lt >= 9) throw unreadable(); // DOCTYPE and the like
				else break;
				continue;
			}
			if (c1 === 0x3f /* ? */) {
				end = buf.indexOf('?>', lt + 2);
				if (end < 0) break;
				i = end + 2;
				continue;
			}
			// a tag: its end is the first '>' outside quotes
			let q = 0;
			end = -1;
			for (let j = lt + 1; j < n; j++) {
				const c = buf.charCodeAt(j);
				if (q) {
					if (c === q) q = 0;
				} else if (c === 0x22 || c === 0x27) q = c;
				else if (c === 0x3e) {
					end = j;
					break;
				}
			}
			if (end < 0) break;
			const body = buf.slice(lt + 1, end);
			i = end + 1;
			if (body[0] === '/') {
				h.close(local(body.slice(1).trim()));
				continue;
			}
			const selfClosing = body.endsWith('/');
			const m = /^[^\s/]+/.exec(body);
			if (!m) throw unreadable();
			const attrs: Record<string, string> = {};
			for (const a of body.slice(m[0].length).matchAll(ATTR)) attrs[local(a[1]!)] = decode(a[2] ?? a[3] ?? '');
			const name = local(m[0]);
			h.open(name, attrs);
			if (selfClosing) h.close(name);
		}
		buf = buf.slice(i);
		if (buf.length > PACKAGE_LIMITS.markupChars) throw tooLarge();
	}
	if (buf.trim() !== '') throw unreadable();
}

