/**
 * A large table written as it is read: the rows come page by page (a database query each), the
 * bytes go straight to the file store, so an export of a hundred thousand rows never sits whole
 * in memory. CSV as the small exports write it (BOM, CRLF, formula-like cells neutralised); .xlsx
 * through ExcelJS's streaming writer, every cell text (a phone number keeps its leading 0) but the
 * columns a table names as numeric (amounts, so that they add up).
 */
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { csvCell } from './audit';
import { sheetName } from './spreadsheet';

export type TableFormat = 'csv' | 'xlsx';

/** A table to export: its headers, how many rows it will have (as counted when it starts), and its rows page by page. */
export interface PagedTable {
	headers: string[];
	/** columns (0-based) holding whole numbers: numbers in .xlsx with thousands grouped, so they add up */
	numeric?: number[];
	total: number;
	pages(): AsyncIterable<string[][]>;
}

/**
 * The table's bytes as a stream; `onPage(rowsSoFar)` runs after each page is written (the
 * caller records progress there). A failure while reading fails the stream.
 */
export function tableStream(format: TableFormat, title: string, table: PagedTable, onPage: (rowsSoFar: number) => Promise<void>): ReadableStream<Uint8Array> {
	return format === 'csv' ? csvStream(table, onPage) : xlsxStream(title, table, onPage);
}

/** A CSV cell; a whole number in a numeric column stays a number (its minus sign is not a formula). */
function cellOf(numeric: Set<number>) {
	return (c: string, i: number) => (numeric.has(i) && /^-?\d+$/.test(c) ? c : csvCell(c));
}

function csvStream(table: PagedTable, onPage: (n: number) => Promise<void>): ReadableStream<Uint8Array> {
	const enc = new TextEncoder();
	let it: AsyncIterator<string[][]> | null = null;
	let n = 0;
	const cell = cellOf(new Set(table.numeric ?? []));
	return new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(enc.encode('\uFEFF' + table.headers.map(csvCell).join(',') + '\r\n'));
		},
		async pull(controller) {
			it ??= table.pages()[Symbol.asyncIterator]();
			const next = await it.next();
			if (next.done) return controller.close();
			let text = '';
			for (const r of next.value) text += r.map(cell).join(',') + '\r\n';
			controller.enqueue(enc.encode(text));
			n += next.value.length;
			await onPage(n);
		},
		async cancel() {
			await it?.return?.();
		}
	});
}

function xlsxStream(title: string, table: PagedTable, onPage: (n: number) => Promise<void>): ReadableStream<Uint8Array> {
	const out = new PassThrough();
	const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
	const ws = wb.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
	const numeric = new Set(table.numeric ?? []);
	ws.columns = table.headers.map((h, i) => ({ header: h, width: Math.min(Math.max(h.length + 2, 14), 40), style: { numFmt: numeric.has(i) ? '#,##0' : '@' } }));
	ws.getRow(1).font = { bold: true };
	ws.getRow(1).commit();
	void (async () => {
		let n = 0;
		for await (const page of table.pages()) {
			for (const r of page) ws.addRow(numeric.size ? r.map((c, i) => (numeric.has(i) && /^-?\d+$/.test(c) ? Number(c) : c)) : r).commit();
			n += page.length;
			await onPage(n);
			// let the file store drain what is written before the next page is read
			if (out.writableNeedDrain) await new Promise((ok) => out.once('drain', ok));
		}
		ws.commit();
		await wb.commit();
	})().catch((e: unknown) => out.destroy(e as Error));
	return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
