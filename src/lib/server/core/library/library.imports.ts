/**
 * Titles from a spreadsheet (.xlsx or .csv): a shelf's book list as volunteers keep it — ISBN,
 * title, authors, publisher, year, subject, age group, number of copies. Each row is checked as a
 * title typed on the desk would be (the ISBN's check digit too); a check shows every refused row
 * with its line and column and writes nothing; a commit writes all rows or none, in one
 * transaction: a row naming a book already in the catalog (or earlier in the file) is merged into
 * it, and its copies are put on the shelf with new codes.
 */
import type { AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import type { MessageParams } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { findColumns, readTable, type ImportColumnSpec, type Table } from '../../platform/spreadsheet';
import { normalizeVi } from '../../platform/text';
import type { z } from 'zod';
import * as repo from './library.repository';
import { AGE_GROUPS, newCopyCode, SUBJECTS, titleKey, titleSearchText, type Subject } from './library.rules';
import { MAX_COPIES_AT_ONCE, titleInput } from './library.schemas';
import type { LibraryContext } from './library.service';

export const TITLE_COLUMNS = [
	{ key: 'isbn', label: 'ISBN', aliases: ['ma isbn', 'so isbn'], required: false },
	{ key: 'title', label: 'Tên sách', aliases: ['ten sach', 'nhan de', 'tieu de', 'ten', 'title'], required: true },
	{ key: 'authors', label: 'Tác giả', aliases: ['tac gia', 'author', 'authors'], required: false },
	{ key: 'publisher', label: 'Nhà xuất bản', aliases: ['nxb', 'nha xuat ban', 'publisher'], required: false },
	{ key: 'year', label: 'Năm xuất bản', aliases: ['nam', 'nam xb', 'year'], required: false },
	{ key: 'subject', label: 'Chủ đề', aliases: ['chu de', 'the loai', 'loai sach', 'subject'], required: false },
	{ key: 'ageGroup', label: 'Lứa tuổi', aliases: ['lua tuoi', 'doi tuong', 'age'], required: false },
	{ key: 'copies', label: 'Số bản', aliases: ['so luong', 'so cuon', 'sl', 'copies'], required: false }
] as const satisfies readonly ImportColumnSpec[];
type Column = (typeof TITLE_COLUMNS)[number]['key'];

export const MAX_TITLE_ROWS = 5000;

export interface TitleProblem {
	line: number;
	column: string | null;
	key: string;
	params?: MessageParams;
}

/** Subject and age words as sheets write them, folded. */
const SUBJECT_WORDS: Record<string, Subject> = { 'thieu nhi': 'children', 'truyen tranh': 'children', 'van hoc': 'literature', 'tieu thuyet': 'literature', truyen: 'literature', 'nong nghiep': 'farming', 'khuyen nong': 'farming', 'suc khoe': 'health', 'y te': 'health', 'phap luat': 'law', luat: 'law', 'khoa hoc': 'science', 'ky thuat': 'science', 'lich su': 'history', 'dia ly': 'history', 'ky nang': 'skills', 'ky nang song': 'skills', 'tra cuu': 'reference', 'tu dien': 'reference', khac: 'other' };
const AGE_WORDS: Record<string, string> = { 'thieu nhi': 'children', 'tre em': 'children', 'thieu nien': 'teen', 'hoc sinh': 'teen', 'nguoi lon': 'adult', 'moi lua tuoi': 'all', 'moi nguoi': 'all' };

type Row = z.output<typeof titleInput> & { copies: number };

export function checkTitleTable(table: Table): { rows: Row[]; problems: TitleProblem[] } {
	const { index, missing } = findColumns(table.headers, TITLE_COLUMNS);
	if (missing.length) return { rows: [], problems: missing };
	const cell = (cells: string[], c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? '').trim());
	const label = (c: string) => TITLE_COLUMNS.find((x) => x.key === c)?.label ?? null;
	const rows: Row[] = [];
	const problems: TitleProblem[] = [];
	for (const { line, cells } of table.rows) {
		const subjectWord = normalizeVi(cell(cells, 'subject'));
		const ageWord = normalizeVi(cell(cells, 'ageGroup'));
		const subject = !subjectWord ? 'other' : ((Object.keys(SUBJECTS) as Subject[]).find((k) => k === subjectWord) ?? SUBJECT_WORDS[subjectWord]);
		const age = !ageWord ? 'all' : ((AGE_GROUPS as readonly string[]).includes(ageWord) ? ageWord : AGE_WORDS[ageWord]);
		if (!subject) {
			problems.push({ line, column: label('subject'), key: 'errors.library.import.subject' });
			continue;
		}
		if (!age) {
			problems.push({ line, column: label('ageGroup'), key: 'errors.library.import.age' });
			continue;
		}
		const copiesText = cell(cells, 'copies') || '1';
		const copies = /^\d+$/.test(copiesText) ? Number(copiesText) : NaN;
		if (!Number.isInteger(copies) || copies < 0 || copies > MAX_COPIES_AT_ONCE) {
			problems.push({ line, column: label('copies'), key: 'errors.library.number', params: { min: 0, max: MAX_COPIES_AT_ONCE } });
			continue;
		}
		const r = titleInput.safeParse({ isbn: cell(cells, 'isbn'), title: cell(cells, 'title'), authors: cell(cells, 'authors'), publisher: cell(cells, 'publisher'), year: cell(cells, 'year'), subject, ageGroup: age });
		if (r.success) rows.push({ ...r.data, copies });
		else for (const issue of r.error.issues) problems.push({ line, column: label(String(issue.path[0] ?? '')), key: issue.message.startsWith('errors.') ? issue.message : 'errors.field.invalid' });
	}
	return { rows, problems };
}

export interface TitleImportOut {
	status: 'checked' | 'refused' | 'committed';
	fileName: string;
	rows: number;
	copies: number;
	/** rows that named a book already in the catalog or earlier in the file (committed only) */
	merged: number;
	problems: TitleProblem[];
	sample: { title: string; isbn: string | null; copies: number }[];
}

export function importsApi(ctx: LibraryContext) {
	const { db, clock, shelfFor } = ctx;
	return {
		/** A book list checked (commit false) or written all rows or none onto the shelf (commit true). */
		async importTitles(auth: AuthContext, shelfId: string, input: { fileName?: unknown; bytes: Uint8Array | null; commit: boolean }): Promise<TitleImportOut> {
			const s = await shelfFor(auth, shelfId, 'circulate');
			const fileName = typeof input.fileName === 'string' ? input.fileName.slice(0, 200) : '';
			const table = await readTable(input.bytes ?? new Uint8Array(), fileName, { maxRows: MAX_TITLE_ROWS });
			const { rows, problems } = checkTitleTable(table);
			const out = (status: TitleImportOut['status'], merged = 0): TitleImportOut => ({ status, fileName, rows: rows.length, copies: rows.reduce((n, r) => n + r.copies, 0), merged, problems, sample: rows.slice(0, 10).map((r) => ({ title: r.title, isbn: r.isbn ?? null, copies: r.copies })) });
			if (problems.length) return out('refused');
			if (!input.commit) return out('checked');
			const at = clock.now().toISOString();
			let merged = 0;
			await transaction(db, async (trx) => {
				for (const r of rows) {
					const key = titleKey(r.title, r.authors ?? '');
					const same = (r.isbn ? await repo.titleByIsbn(trx, r.isbn) : undefined) ?? (await repo.titleByKey(trx, key));
					let titleId: string;
					if (same && (same.isbn === (r.isbn ?? null) || !same.isbn || !r.isbn)) {
						merged++;
						titleId = same.id;
						if (r.isbn && !same.isbn) await repo.updateTitle(trx, same.id, { isbn: r.isbn, updated_at: at });
					} else {
						titleId = newId();
						await repo.insertTitle(trx, { id: titleId, isbn: r.isbn ?? null, title: r.title, authors: r.authors ?? '', publisher: r.publisher ?? '', year: r.year ?? null, subject: r.subject, age_group: r.ageGroup, language: r.language, search_text: titleSearchText({ title: r.title, authors: r.authors ?? '', publisher: r.publisher ?? '', subjectLabel: SUBJECTS[r.subject], isbn: r.isbn ?? null }), title_key: key, status: 'active', merged_into_id: null, created_at: at, updated_at: at });
					}
					if (r.copies) await repo.insertCopies(trx, Array.from({ length: r.copies }, () => ({ id: newId(), title_id: titleId, shelf_id: s.id, code: newCopyCode(), status: 'available', held_for_hold_id: null, note: null, created_at: at, updated_at: at })));
				}
				await recordAudit(trx, clock, auth, { action: 'library.title_import', entityType: 'library_shelf', entityId: s.id, scopeUnitId: s.unit_id, after: { fileName, rows: rows.length, merged } });
			});
			return out('committed', merged);
		}
	};
}
