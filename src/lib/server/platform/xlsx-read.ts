/**
 * Reads the first sheet of an .xlsx as a stream, with caps, so that an upload can neither
 * exhaust memory nor keep the process busy for long (a "decompression bomb": ooxml.ts). Only
 * what a table needs is read: shared strings, the styles that make a number a date, and the
 * cells of the first sheet; rows, columns, cells and characters kept are capped too.
 */
import { AppError } from './errors';
import { entryText, scanXml, tooLarge, unreadable, zipEntries, type XmlHandler, type ZipEntry } from './ooxml';

export { unreadable };

export const XLSX_LIMITS = {
	/** the first sheet's XML, inflated */
	sheetBytes: 256 * 2 ** 20,
	/** the shared strings' XML, inflated, and how many strings */
	sharedStringsBytes: 64 * 2 ** 20,
	sharedStrings: 1_000_000,
	/** workbook, relationships and styles */
	smallPartBytes: 8 * 2 ** 20,
	/** Excel's own limit for a cell */
	cellChars: 32_767,
	/** columns holding data */
	columns: 256,
	/** all the characters kept, over every cell */
	chars: 64 * 2 ** 20
} as const;

// ---- the workbook -------------------------------------------------------------------------

/** Number formats that show a date (Excel's built-in ids, and custom codes with d, m or y). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateCode = (code: string) => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/** A serial day number as the calendar date Excel shows (UTC, like ExcelJS). */
function serialDate(v: number, date1904: boolean): string {
	const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
	if (Number.isNaN(d.getTime())) return '';
	return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** `C12` → 3 (1-based); 0 when it is not a cell reference. */
function columnOf(ref: string): number {
	let col = 0;
	for (let i = 0; i < ref.length; i++) {
		const c = ref.charCodeAt(i);
		if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
		else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
		else break;
		if (col > 16_384) return 0;
	}
	return col;
}

function resolvePart(target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = ['xl'];
	for (const p of target.split('/')) {
		if (p === '..') parts.pop();
		else if (p !== '.' && p !== '') parts.push(p);
	}
	return parts.join('/');
}

/**
 * Reads the first sheet, row by row: `row(line, cells)` gets each row that holds a value,
 * with its number as Excel shows it and its cells as text (dates as YYYY-MM-DD, booleans as
 * TRUE/FALSE, formulas as their last result, errors as ''); `row` may throw to stop early.
 */
export async function readXlsxRows(bytes: Uint8Array, row: (line: number, cells: string[]) => void): Promise<void> {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const entries = zipEntries(b);
	const part = (name: string) => entries.get(name);
	const small = (e: ZipEntry, h: XmlHandler) => scanXml(entryText(b, e, XLSX_LIMITS.smallPartBytes), h);

	// the first sheet, and whether dates count from 1904
	const workbook = part('xl/workbook.xml');
	if (!workbook) throw unreadable();
	let firstSheetRel: string | null = null;
	let date1904 = false;
	await small(workbook, {
		open(name, a) {
			if (name === 'sheet' && firstSheetRel === null) firstSheetRel = a.id ?? '';
			else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
		},
		close() {},
		text() {}
	});
	if (firstSheetRel === null) throw new AppError('invalid', 'errors.import.empty');
	let sheetPath = 'xl/worksheets/sheet1.xml';
	const rels = part('xl/_rels/workbook.xml.rels');
	if (rels)
		await small(rels, {
			open(name, a) {
				if (name === 'Relationship' && a.Id === firstSheetRel && a.Target) sheetPath = resolvePart(a.Target);
			},
			close() {},
			text() {}
		});

	// which cell styles show numbers as dates
	const dateStyles = new Set<number>();
	const styles = part('xl/styles.xml');
	if (styles) {
		const custom = new Map<number, string>();
		const xfFormats: number[] = [];
		let inCellXfs = false;
		await small(styles, {
			open(name, a) {
				if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
				else if (name === 'cellXfs') inCellXfs = true;
				else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
			},
			close(name) {
				if (name === 'cellXfs') inCellXfs = false;
			},
			text() {}
		});
		xfFormats.forEach((id, i) => {
			const code = custom.get(id);
			if (code !== undefined ? isDateCode(code) : BUILTIN_DATE_FORMATS.has(id)) dateStyles.add(i);
		});
	}

	// shared strings: each <si> is its runs' text joined, phonetic guides (rPh) left out
	let chars = 0;
	const keep = (s: string) => {
		chars += s.length;
		if (chars > XLSX_LIMITS.chars) throw tooLarge();
	};
	const strings: string[] = [];
	const sst = part('xl/sharedStrings.xml');
	if (sst) {
		let cur: string | null = null;
		let inT = false;
		let phonetic = 0;
		await scanXml(entryText(b, sst, XLSX_LIMITS.sharedStringsBytes), {
			open(name) {
				if (name === 'si') {
					if (strings.length >= XLSX_LIMITS.sharedStrings) throw tooLarge();
					cur = '';
				} else if (name === 't') inT = true;
				else if (name === 'rPh') phonetic++;
			},
			close(name) {
				if (name === 'si' && cur !== null) {
					keep(cur);
					strings.push(cur);
					cur = null;
				} else if (name === 't') inT = false;
				else if (name === 'rPh') phonetic--;
			},
			text(s) {
				if (cur !== null && inT && phonetic === 0) {
					cur += s;
					if (cur.length > XLSX_LIMITS.cellChars) throw tooLarge();
				}
			}
		});
	}

	const sheet = part(sheetPath);
	if (!sheet) throw unreadable();
	let line = 0;
	let cells: string[] = [];
	let filled = false;
	let col = 0;
	let type = 'n';
	let style = 0;
	let v: string | null = null;
	let inV = false;
	let inline: string | null = null;
	let inT = false;
	let phonetic = 0;
	const grow = (s: string, add: string) => {
		const r = s + add;
		if (r.length > XLSX_LIMITS.cellChars) throw tooLarge();
		return r;
	};
	await scanXml(entryText(b, sheet, XLSX_LIMITS.sheetBytes), {
		open(name, a) {
			switch (name) {
				case 'row':
					line = a.r ? Number(a.r) : line + 1;
					if (!Number.isSafeInteger(line) || line < 1) throw unreadable();
					cells = [];
					filled = false;
					col = 0;
					break;
				case 'c':
					col = a.r ? columnOf(a.r) : col + 1;
					if (col < 1) throw unreadable();
					type = a.t ?? 'n';
					style = a.s ? Number(a.s) : 0;
					v = null;
					inline = null;
					break;
				case 'v':
					v = '';
					inV = true;
					break;
				case 'is':
					inline = '';
					break;
				case 't':
					inT = true;
					break;
				case 'rPh':
					phonetic++;
					break;
			}
		},
		close(name) {
			switch (name) {
				case 'v':
					inV = false;
					break;
				case 't':
					inT = false;
					break;
				case 'rPh':
					phonetic--;
					break;
				case 'c': {
					const text = cellText(type, v, inline, style);
					if (text === '') break;
					if (col > XLSX_LIMITS.columns) throw new AppError('invalid', 'errors.import.too_many_columns', { params: { max: XLSX_LIMITS.columns } });
					keep(text);
					while (cells.length < col - 1) cells.push('');
					cells[col - 1] = text;
					filled = true;
					break;
				}
				case 'row':
					if (filled) row(line, cells);
					break;
			}
		},
		text(s) {
			if (inline !== null && inT && phonetic === 0) inline = grow(inline, s);
			else if (inV) v = grow(v!, s);
		}
	});

	function cellText(t: string, value: string | null, inlineText: string | null, s: number): string {
		switch (t) {
			case 's':
				return value === null ? '' : (strings[Number(value)] ?? '');
			case 'inlineStr':
				return inlineText ?? value ?? '';
			case 'str':
				return value ?? '';
			case 'b':
				return value === null || value === '' ? '' : value.trim() === '1' || value.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
			case 'e':
				return '';
			case 'd':
				return value === null ? '' : /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? value.trim().slice(0, 10) : value;
			default: {
				if (value === null || value.trim() === '') return '';
				const num = Number(value);
				if (!Number.isFinite(num)) return '';
				return dateStyles.has(s) ? serialDate(num, date1904) : String(num);
			}
		}
	}
}
