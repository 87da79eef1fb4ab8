/**
 * Hand-made .xlsx files for tests: a minimal zip writer (stored or deflated entries, sizes
 * declared truly or not), workbooks written as other programs write them, and decompression
 * bombs — a sheet whose XML inflates to gigabytes from a file of a few megabytes, built by
 * compressing one repeated segment once and repeating its bytes (each segment is flushed
 * whole, so the pieces join into one valid deflate stream).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
	name: string;
	/** the raw bytes (stored or deflated here), or parts already deflated with their true size and CRC */
	data: Buffer | { deflated: Buffer; size: number; crc: number };
	/** the uncompressed size written in the headers (default: the true one) */
	declaredSize?: number;
	store?: boolean;
}

export function zipFile(parts: ZipPart[]): Buffer {
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const p of parts) {
		const name = Buffer.from(p.name, 'utf8');
		let body: Buffer;
		let size: number;
		let crc: number;
		let method: number;
		if (Buffer.isBuffer(p.data)) {
			size = p.data.length;
			crc = crc32(p.data);
			method = p.store ? 0 : 8;
			body = p.store ? p.data : deflateRawSync(p.data);
		} else {
			({ size, crc } = p.data);
			body = p.data.deflated;
			method = 8;
		}
		const declared = Math.min(p.declaredSize ?? size, 0xfffffffe);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(20, 4);
		head.writeUInt16LE(method, 8);
		head.writeUInt32LE(crc >>> 0, 14);
		head.writeUInt32LE(body.length, 18);
		head.writeUInt32LE(declared, 22);
		head.writeUInt16LE(name.length, 26);
		locals.push(head, name, body);
		const cd = Buffer.alloc(46);
		cd.writeUInt32LE(0x02014b50, 0);
		cd.writeUInt16LE(20, 4);
		cd.writeUInt16LE(20, 6);
		cd.writeUInt16LE(method, 10);
		cd.writeUInt32LE(crc >>> 0, 16);
		cd.writeUInt32LE(body.length, 20);
		cd.writeUInt32LE(declared, 24);
		cd.writeUInt16LE(name.length, 28);
		cd.writeUInt32LE(offset, 42);
		central.push(cd, name);
		offset += 30 + name.length + body.length;
	}
	const cdSize = central.reduce((a, b) => a + b.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(cdSize, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, ...central, end]);
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A workbook of one sheet whose XML is given (and, if any, its shared strings and styles). */
export function xlsxWith(sheet: ZipPart['data'], extra: { sharedStrings?: string; styles?: string; workbook?: string; declaredSheetSize?: number } = {}): Buffer {
	return zipFile([
		{ name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
		{ name: 'xl/workbook.xml', data: Buffer.from(extra.workbook ?? WORKBOOK) },
		{ name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(RELS) },
		...(extra.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(extra.sharedStrings) }] : []),
		...(extra.styles ? [{ name: 'xl/styles.xml', data: Buffer.from(extra.styles) }] : []),
		{ name: 'xl/worksheets/sheet1.xml', data: sheet, ...(extra.declaredSheetSize !== undefined && { declaredSize: extra.declaredSheetSize }) }
	]);
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A sheet whose XML is `SHEET_HEAD + head + segment × times + SHEET_TAIL`, deflated without
 * ever holding it whole. The segment is compressed once (MiB of it to about a KiB).
 */
export function inflatingSheet(head: string, segment: string, times: number): { deflated: Buffer; size: number; crc: number } {
	const flush = { finishFlush: constants.Z_FULL_FLUSH };
	const first = Buffer.from(SHEET_HEAD + head);
	const seg = Buffer.from(segment);
	const last = Buffer.from(SHEET_TAIL);
	const segDeflated = deflateRawSync(seg, { ...flush, level: 9 });
	let crc = crc32(first);
	for (let i = 0; i < times; i++) crc = crc32(seg, crc);
	crc = crc32(last, crc);
	const pieces = [deflateRawSync(first, flush), ...Array.from({ length: times }, () => segDeflated), deflateRawSync(last)];
	return { deflated: Buffer.concat(pieces), size: first.length + seg.length * times + last.length, crc };
}

/**
 * The bomb of the report: a ~2 MB .xlsx whose sheet inflates to about 2,000 MiB (600 MiB of rows),
 * declaring a small size (as a hostile file would) unless `honest`.
 */
export function xlsxBomb(opts: { honest?: boolean; shape?: 'rows' | 'wide-cell' | 'whitespace' } = {}): Buffer {
	const MiB = 2 ** 20;
	const shape = opts.shape ?? 'rows';
	const head = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>';
	let segment: string;
	if (shape === 'rows') {
		const row = '<row><c t="inlineStr"><is><t>Nguyễn Văn An</t></is></c><c><v>1975</v></c></row>';
		segment = row.repeat(Math.floor(MiB / Buffer.byteLength(row)));
	} else segment = ' '.repeat(MiB);
	// rows compress less than blank space: 600 MiB of them keeps the file near 2 MB too
	const sheet = shape === 'wide-cell' ? inflatingSheet(`${head}<row r="2"><c r="A2" t="inlineStr"><is><t>`, segment, 2000) : inflatingSheet(head, segment, shape === 'rows' ? 600 : 2000);
	return xlsxWith(sheet, opts.honest ? {} : { declaredSheetSize: 4096 });
}
