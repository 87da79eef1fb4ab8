/**
 * Spreadsheets in and out: reads an uploaded .csv or .xlsx (lists of residents typed by
 * commune officers) into a plain table of trimmed, NFC-normalised strings, and writes
 * import templates and exports. Mapping header names to fields is the caller's business.
 */
import ExcelJS from 'exceljs';
import { csvCell } from './audit';
import { AppError } from './errors';
import { readXlsxRows, unreadable } from './xlsx-read';
import { normalizeVi } from './text';

export interface TableRow {
	/** the row number as the officer sees it: the header is row 1, the first data row is 2 */
	line: number;
	cells: string[];
}

export interface Table {
	headers: string[];
	rows: TableRow[];
}

export const SPREADSHEET_TYPES: readonly string[] = Object.freeze(['.csv', '.xlsx']);

const DEFAULT_MAX_ROWS = 250_000;

const QUOTE = 0x22; // "
const COMMA = 0x2c; // ,
const SEMICOLON = 0x3b; // ;
const CR = 0x0d;
const LF = 0x0a;

const fileTypeError = (): AppError => new AppError('invalid', 'errors.import.file_type');
const emptyError = (): AppError => new AppError('invalid', 'errors.import.empty');
const tooManyRows = (max: number): AppError =>
	new AppError('invalid', 'errors.import.too_many_rows', { params: { max } });

function extensionOf(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reading a spreadsheet takes memory and CPU in proportion to what it holds: uploads are read
 * one at a time per process, a few more wait their turn, and past that the sender is asked to
 * try again shortly (three large files at once cannot add up).
 */
const READING = { atOnce: 1, waiting: 4 };
let reading = 0;
const turns: (() => void)[] = [];

async function inTurn<T>(fn: () => Promise<T>): Promise<T> {
	if (reading >= READING.atOnce) {
		if (turns.length >= READING.waiting) throw new AppError('rate_limited', 'errors.import.busy', { retryAfter: 30, params: { seconds: 30 } });
		await new Promise<void>((resolve) => turns.push(resolve));
	} else reading++;
	try {
		return await fn();
	} finally {
		const next = turns.shift();
		if (next) next();
		else reading--;
	}
}

/** Reads the first sheet of an uploaded .csv or .xlsx; throws AppError('invalid', 'errors.import.*'). */
export async function readTable(
	bytes: Uint8Array,
	fileName: string,
	opts: { maxRows?: number } = {}
): Promise<Table> {
	const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
	const ext = extensionOf(fileName);
	if (ext !== '.csv' && ext !== '.xlsx') throw fileTypeError();
	if (bytes.length === 0) throw emptyError();
	if (ext === '.xlsx' && !isZip(bytes)) throw fileTypeError();
	return inTurn(async () => (ext === '.csv' ? csvTable(bytes, maxRows) : xlsxTable(bytes, maxRows)));
}

function clean(s: string): string {
	return s.trim().normalize('NFC');
}

function trim(s: string): string {
	return s.trim();
}

/**
 * Builds the table from raw records as they come (the first is the header, row 1): trailing
 * empty header cells dropped, fully empty rows skipped, short rows padded, empty cells past
 * the header dropped (non-empty ones are kept for the caller to report); refuses as soon as
 * there are more than maxRows rows.
 */
function tableBuilder(maxRows: number, cleanCell: (s: string) => string = clean) {
	let headers: string[] | null = null;
	const rows: TableRow[] = [];
	return {
		add(line: number, raw: string[]): void {
			const cells = raw.map(cleanCell);
			let n = cells.length;
			while (n > 0 && cells[n - 1] === '') n--;
			if (headers === null) {
				if (n === 0) throw emptyError();
				headers = cells.slice(0, n);
				return;
			}
			if (n === 0) return;
			if (rows.length >= maxRows) throw tooManyRows(maxRows);
			if (n < cells.length) cells.length = Math.max(n, headers.length);
			while (cells.length < headers.length) cells.push('');
			rows.push({ line, cells });
		},
		finish(): Table {
			if (headers === null) throw emptyError();
			return { headers, rows };
		}
	};
}

// ---- CSV ----------------------------------------------------------------------------------

function csvTable(bytes: Uint8Array, maxRows: number): Table {
	let text: string;
	try {
		// the decoder strips a UTF-8 BOM itself
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new AppError('invalid', 'errors.import.encoding');
	}
	const records = parseCsv(text);
	if (records.length === 0) throw emptyError();
	// cells cut at delimiters from an NFC text are NFC already: one check instead of one per cell
	const isNfc = text.normalize('NFC') === text;
	const table = tableBuilder(maxRows, isNfc ? trim : clean);
	for (let i = 0; i < records.length; i++) table.add(i + 1, records[i]!);
	return table.finish();
}

/** Comma or semicolon, whichever occurs more outside quotes in the first record (ties: comma). */
function detectDelimiter(text: string, start: number): number {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (let i = start; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === QUOTE) quoted = !quoted;
		else if (quoted) continue;
		else if (c === COMMA) commas++;
		else if (c === SEMICOLON) semicolons++;
		else if (c === LF || c === CR) break;
	}
	return semicolons > commas ? SEMICOLON : COMMA;
}

/**
 * RFC 4180 records, fields as written (not trimmed). The delimiter is detected from the
 * first record; quoted fields may hold delimiters, "" escapes and line breaks; CRLF, LF and
 * CR all end a record. A leading BOM is dropped. Empty records in the middle come back as
 * `['']` so that indexes stay record numbers; trailing empty records are dropped.
 *
 * One pass: a record with no quote before its line end is cut with indexOf and split (the
 * common case); one with quotes is scanned field by field, joining slices.
 */
export function parseCsv(text: string): string[][] {
	const n = text.length;
	const start = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const records: string[][] = [];
	if (start >= n) return records;
	const delim = detectDelimiter(text, start);
	const delimChar = String.fromCharCode(delim);
	const next = (ch: string, from: number): number => {
		const k = text.indexOf(ch, from);
		return k < 0 ? n : k;
	};
	let nextQuote = -1;
	let nextLF = -1;
	let nextCR = -1;
	let i = start;
	while (i < n) {
		if (nextLF < i) nextLF = next('\n', i);
		if (nextCR < i) nextCR = next('\r', i);
		if (nextQuote < i) nextQuote = next('"', i);
		let eol = nextLF < nextCR ? nextLF : nextCR;
		if (nextQuote >= eol) {
			// fast path: no quotes in this record
			records.push(eol === i ? [''] : text.slice(i, eol).split(delimChar));
		} else {
			// a record with quotes, field by field
			const record: string[] = [];
			for (;;) {
				let field: string;
				let j: number;
				if (text.charCodeAt(i) === QUOTE) {
					// quoted: jump from quote to quote, joining slices around "" escapes
					field = '';
					let p = i + 1;
					for (;;) {
						const q = text.indexOf('"', p);
						if (q < 0) {
							// unterminated: the rest of the text is the field
							field += text.slice(p);
							p = n;
							break;
						}
						if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
							field += text.slice(p, q + 1);
							p = q + 2;
							continue;
						}
						field += text.slice(p, q);
						p = q + 1;
						break;
					}
					// anything between the closing quote and the delimiter is kept as written
					j = p;
					while (j < n) {
						const c = text.charCodeAt(j);
						if (c === delim || c === LF || c === CR) break;
						j++;
					}
					if (j > p) field += text.slice(p, j);
				} else {
					j = i;
					while (j < n) {
						const c = text.charCodeAt(j);
						if (c === delim || c === LF || c === CR) break;
						j++;
					}
					field = text.slice(i, j);
				}
				record.push(field);
				if (j < n && text.charCodeAt(j) === delim) {
					i = j + 1;
					continue;
				}
				eol = j;
				break;
			}
			records.push(record);
		}
		// past the line end: CRLF, LF or CR
		i = eol < n && text.charCodeAt(eol) === CR && eol + 1 < n && text.charCodeAt(eol + 1) === LF ? eol + 2 : eol + 1;
	}
	while (records.length > 0 && records[records.length - 1]!.every((f) => f === '')) records.pop();
	return records;
}

// ---- XLSX ---------------------------------------------------------------------------------

/** The first sheet, read as a stream with caps (xlsx-read.ts): a decompression bomb is refused early. */
async function xlsxTable(bytes: Uint8Array, maxRows: number): Promise<Table> {
	const table = tableBuilder(maxRows);
	let first = true;
	try {
		await readXlsxRows(bytes, (line, cells) => {
			// the header must be the first row
			if (first && line !== 1) throw emptyError();
			first = false;
			table.add(line, cells);
		});
	} catch (e) {
		if (e instanceof AppError) throw e;
		throw unreadable();
	}
	return table.finish();
}

// ---- writing ------------------------------------------------------------------------------

const NOTES_SHEET = 'Hướng dẫn';

/** Excel refuses some characters and names longer than 31 characters. */
export function sheetName(name: string): string {
	const s = name
		.replace(/[*?:/\\[\]]/g, ' ')
		.replace(/^'+|'+$/g, '')
		.trim()
		.slice(0, 31)
		.trim();
	return s === '' || s === 'History' ? 'Sheet1' : s;
}

function columnWidth(texts: Iterable<string>): number {
	let longest = 0;
	for (const t of texts) {
		for (const line of t.split('\n')) if (line.length > longest) longest = line.length;
	}
	return Math.min(Math.max(longest + 2, 10), 60);
}

/**
 * An .xlsx with one sheet of text cells (numFmt '@', so that a phone number keeps its leading
 * 0 and a date stays as typed, also in rows the officer adds) and a bold, frozen header row.
 * `notes`, if any, go one per row on a second sheet "Hướng dẫn".
 */
export async function writeXlsx(sheet: {
	name: string;
	headers: string[];
	rows: string[][];
	notes?: string[];
}): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	const name = sheetName(sheet.name);
	const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
	let width = sheet.headers.length;
	for (const r of sheet.rows) if (r.length > width) width = r.length;
	for (let c = 1; c <= width; c++) {
		const col = ws.getColumn(c);
		col.numFmt = '@';
		col.width = columnWidth(
			(function* () {
				yield sheet.headers[c - 1] ?? '';
				// a sample is enough to size a column
				for (let i = 0; i < sheet.rows.length && i < 1000; i++) yield sheet.rows[i]![c - 1] ?? '';
			})()
		);
	}
	const addTextRow = (values: string[]): ExcelJS.Row => {
		const row = ws.addRow(values.map((v) => v ?? ''));
		for (let c = 1; c <= values.length; c++) row.getCell(c).numFmt = '@';
		return row;
	};
	const headerRow = addTextRow(sheet.headers);
	headerRow.font = { bold: true };
	for (const r of sheet.rows) addTextRow(r);

	if (sheet.notes && sheet.notes.length > 0) {
		const notesName = name.toLowerCase() === NOTES_SHEET.toLowerCase() ? `${NOTES_SHEET} (2)` : NOTES_SHEET;
		const notes = wb.addWorksheet(notesName);
		const col = notes.getColumn(1);
		col.width = 100;
		col.alignment = { wrapText: true, vertical: 'top' };
		for (const note of sheet.notes) notes.addRow([note]).getCell(1).numFmt = '@';
	}
	const out = await wb.xlsx.writeBuffer();
	return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

/** CSV that Excel opens correctly: UTF-8 BOM, CRLF, commas, formula-like cells neutralised. */
export function writeCsv(headers: string[], rows: string[][]): string {
	const lines = [headers.map(csvCell).join(',')];
	for (const r of rows) lines.push(r.map(csvCell).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A column an import looks for: its label in the template, and other headers accepted (folded). */
export interface ImportColumnSpec<K extends string = string> {
	key: K;
	label: string;
	aliases: readonly string[];
	required: boolean;
}

/**
 * Finds each column among a file's headers, compared without accents or case (the label or any
 * alias); answers where each is and which required ones are missing (as row-1 problems).
 */
export function findColumns<K extends string>(headers: string[], columns: readonly ImportColumnSpec<K>[]): { index: Partial<Record<K, number>>; missing: { line: number; column: string; key: string }[] } {
	const index: Partial<Record<K, number>> = {};
	const folded = headers.map((h) => normalizeVi(h));
	for (const c of columns) {
		const names = [normalizeVi(c.label), ...c.aliases];
		const at = folded.findIndex((h) => names.includes(h));
		if (at >= 0) index[c.key] = at;
	}
	const missing = columns.filter((c) => c.required && index[c.key] === undefined).map((c) => ({ line: 1, column: c.label, key: 'errors.import.missing_column' }));
	return { index, missing };
}
