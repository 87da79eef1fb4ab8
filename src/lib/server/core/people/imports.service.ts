/**
 * Residents and households from a spreadsheet (.xlsx or .csv). Checking stores the file and
 * answers every refused row with its line, column and reason; committing writes all rows or
 * none. Rows are staged in short batches (status 'importing', seen by no reader) and made
 * active in one statement at the end, so a 200,000-row import never holds the one SQLite
 * writer for long, and its progress can be read while it runs.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import type { NewRow } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { FileStore } from '../../platform/files';
import { newId, UUID_RE } from '../../platform/ids';
import { readTable, writeCsv, writeXlsx } from '../../platform/spreadsheet';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './imports.repository';
import { checkImport, IMPORT_COLUMNS, MAX_IMPORT_ROWS, type CleanRow, type ImportProblem } from './imports.rules';
import { importCheckInput } from './people.schemas';

export interface ImportsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	places: { lookups: PlaceLookups };
}

/**
 * Residents staged per transaction. Each commit is a disk sync (WAL, synchronous=FULL), so
 * batches are large enough that syncing does not dominate, yet short (well under a second).
 * On PostgreSQL a batch is written as multi-row VALUES lists of VALUES_ROWS rows (18 columns:
 * well under its 65,535 parameters).
 */
const BATCH = 5000;
const VALUES_ROWS = 1000;
const PREVIEW_ROWS = 20;

export interface ImportOut {
	id: string;
	unitId: string;
	fileName: string;
	status: 'checked' | 'committing' | 'committed' | 'failed';
	totalRows: number;
	rejectedRows: number;
	processedRows: number;
	households: number;
	problems: ImportProblem[];
	failure: string | null;
	createdAt: string;
	committedAt: string | null;
}

/**
 * An example household, shown on the instructions sheet only: the data sheet of the template
 * holds the header alone, so that a template uploaded unchanged refuses no row (and imports
 * nobody), and no example person is ever imported by mistake.
 */
export const EXAMPLE_ROWS = [
	['Nguyễn Văn An', '15/03/1975', 'Nam', 'Thôn Đoài', 'H001', 'Chủ hộ', '0912 345 678', ''],
	['Trần Thị Bình', '02/09/1978', 'Nữ', 'Thôn Đoài', 'H001', 'Vợ', '', 'binh@example.vn'],
	['Nguyễn Minh Châu', '20/11/2012', 'Nữ', 'Thôn Đoài', 'H001', 'Con', '', ''],
	['Nguyễn Văn Bảy', '1948', 'Nam', 'Thôn Đoài', 'H001', 'Bố', '', '']
];

export const TEMPLATE_NOTES = [
	'CÁCH ĐIỀN TỆP NHẬP NHÂN KHẨU',
	'Điền vào trang “Nhân khẩu”: mỗi người một dòng, bắt đầu từ dòng 2, ngay dưới dòng tên cột. Giữ nguyên dòng tên cột.',
	'Họ và tên: viết đầy đủ, có dấu.',
	'Ngày sinh: ngày/tháng/năm (15/03/1975) hoặc năm-tháng-ngày (1975-03-15). Nếu chỉ biết năm sinh, ghi riêng năm (ví dụ 1948): hồ sơ sẽ ghi “năm sinh 1948”.',
	'Giới tính: Nam, Nữ hoặc Khác.',
	'Thôn/Tổ dân phố: đúng tên trên nền tảng (có hoặc không có chữ "Thôn"), thuộc đơn vị chọn khi nhập.',
	'Mã hộ: mã tự đặt để nhóm những người cùng hộ trong tệp này (ví dụ H001). Mỗi hộ có đúng một "Chủ hộ", cùng một thôn.',
	'Quan hệ với chủ hộ: Chủ hộ, Vợ, Chồng, Con, Bố, Mẹ, Cháu, Ông, Bà, Anh, Chị, Em hoặc Khác.',
	'Điện thoại, Email: không bắt buộc.',
	'Không ghi tôn giáo, dân tộc, số căn cước: nền tảng không thu thập những thông tin này.',
	'Tệp được nhập tất cả hoặc không dòng nào: nếu còn dòng lỗi, hãy sửa tệp rồi tải lên lại.',
	'',
	'VÍ DỤ MỘT HỘ (chỉ để tham khảo, đừng chép vào trang “Nhân khẩu”; “Thôn Đoài” là tên giả, hãy ghi tên thôn của mình):',
	IMPORT_COLUMNS.map((c) => c.label).join(' | '),
	...EXAMPLE_ROWS.map((r) => r.map((c) => c || '(để trống)').join(' | '))
];

export function createImportsService({ db, clock, access, files, places }: ImportsDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const nowIso = () => clock.now().toISOString();

	function out(r: NonNullable<Awaited<ReturnType<typeof repo.findImport>>>): ImportOut {
		return {
			id: r.id,
			unitId: r.unit_id,
			fileName: r.file_name,
			status: r.status as ImportOut['status'],
			totalRows: Number(r.total_rows),
			rejectedRows: Number(r.rejected_rows),
			processedRows: Number(r.processed_rows),
			households: Number(r.households),
			problems: JSON.parse(r.problems_json) as ImportProblem[],
			failure: r.failure,
			createdAt: r.created_at,
			committedAt: r.committed_at
		};
	}

	/** The unit must be one whose residents the actor manages; otherwise it does not exist. */
	async function requireUnit(auth: AuthContext, unitId: string) {
		const u = await places.lookups.unit(unitId);
		if (!u) throw new AppError('not_found');
		await access.requireAccess(auth, 'people.manage', { unitId });
		return u;
	}

	async function requireImport(auth: AuthContext, id: string) {
		requireActor(auth);
		const r = UUID_RE.test(id) ? await repo.findImport(k, id) : undefined;
		if (!r) throw new AppError('not_found');
		await access.requireAccess(auth, 'people.manage', { unitId: r.unit_id });
		return r;
	}

	async function checkTable(unitId: string, bytes: Uint8Array, fileName: string) {
		const table = await readTable(bytes, fileName, { maxRows: MAX_IMPORT_ROWS });
		const villages = await repo.villagesUnder(k, unitId, today());
		const existing = await repo.existingKeys(
			k,
			villages.map((v) => v.id)
		);
		return { table, result: checkImport({ table, villages, today: today(), existing }) };
	}

	/** Writes the checked rows staged, then makes them active in one statement, or removes them. */
	async function writeRows(auth: AuthContext, importId: string, unitId: string, rows: CleanRow[], onProgress?: (done: number, total: number) => void): Promise<{ residents: number; households: number }> {
		const at = nowIso();
		// one household per code, headed by its "Chủ hộ" row
		const households = new Map<string, { id: string; villageId: string; headId: string | null; written: boolean }>();
		const ids = rows.map(() => newId());
		rows.forEach((r, i) => {
			const h = households.get(r.household) ?? { id: newId(), villageId: r.villageId, headId: null, written: false };
			if (r.relation === 'head') h.headId = ids[i]!;
			households.set(r.household, h);
		});
		try {
			for (let from = 0; from < rows.length; from += BATCH) {
				const batch = rows.slice(from, from + BATCH);
				const newHouseholds: NewRow<'households'>[] = [];
				for (const r of batch) {
					const h = households.get(r.household)!;
					if (h.written) continue;
					h.written = true;
					newHouseholds.push({ id: h.id, village_id: h.villageId, address: null, head_resident_id: h.headId, created_at: at, updated_at: at, import_id: importId });
				}
				const residents: NewRow<'residents'>[] = batch.map((r, i) => ({
					id: ids[from + i]!,
					full_name: r.fullName,
					birth_date: r.birthDate,
					birth_precision: r.birthPrecision,
					gender: r.gender,
					village_id: r.villageId,
					household_id: households.get(r.household)!.id,
					relation_to_head: r.relation,
					phone: r.phone,
					email: r.email,
					account_id: null,
					status: 'importing',
					merged_into_id: null,
					search_text: r.searchText,
					created_at: at,
					updated_at: at,
					erased_at: null,
					import_id: importId
				}));
				const done = from + batch.length;
				await transaction(db, async (trx) => {
					for (let i = 0; i < newHouseholds.length; i += VALUES_ROWS) await repo.insertRows(trx, 'households', newHouseholds.slice(i, i + VALUES_ROWS), db.sqlite);
					for (let i = 0; i < residents.length; i += VALUES_ROWS) await repo.insertRows(trx, 'residents', residents.slice(i, i + VALUES_ROWS), db.sqlite);
					await repo.updateImport(trx, importId, { processed_rows: done, updated_at: nowIso() });
				});
				onProgress?.(done, rows.length);
			}
			const villageIds = [...new Set(rows.map((r) => r.villageId))];
			const activated = await transaction(db, async (trx) => {
				// another import (or an officer) may have written some of these people meanwhile
				await repo.lockVillages(trx, db.dialect, villageIds);
				if ((await repo.stagedDuplicates(trx, importId, 1)).length) throw new AppError('conflict', 'errors.import.written_meanwhile');
				const n = await repo.activateImported(trx, importId, nowIso());
				if (n !== rows.length) throw new Error(`import ${importId}: ${n} of ${rows.length} rows staged`);
				await repo.updateImport(trx, importId, { status: 'committed', committed_at: nowIso(), updated_at: nowIso(), processed_rows: rows.length });
				await recordAudit(trx, clock, auth, { action: 'people.import', entityType: 'people_import', entityId: importId, scopeUnitId: unitId, after: { residents: rows.length, households: households.size } });
				return n;
			});
			return { residents: activated, households: households.size };
		} catch (e) {
			await repo.discardImported(k, importId);
			await repo.updateImport(k, importId, { status: 'failed', failure: e instanceof Error ? e.message.slice(0, 500) : 'unknown', updated_at: nowIso() });
			throw e;
		}
	}

	async function checkAndKeep(auth: AuthContext, input: { unitId?: unknown; fileName?: unknown; bytes: Uint8Array | null }): Promise<{ record: ImportOut; rows: CleanRow[] }> {
		access.requireAny(auth, 'people.manage');
		const v = parseInput(importCheckInput, { unitId: input.unitId, fileName: input.fileName });
		if (!input.bytes || input.bytes.byteLength === 0) throw new AppError('invalid', 'errors.invalid', { fields: { file: { key: 'errors.field.required' } } });
		await requireUnit(auth, v.unitId);
		const { table, result } = await checkTable(v.unitId, input.bytes, v.fileName);
		// the header alone (a template uploaded as downloaded): nobody to import, said plainly
		if (table.rows.length === 0 && result.problems.every((p) => p.key === 'errors.import.no_rows')) throw new AppError('invalid', 'errors.import.nothing_to_import');
		const id = newId();
		const ext = v.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
		const fileKey = `imports/${id}-source.${ext}`;
		await files.put(fileKey, input.bytes);
		const at = nowIso();
		await repo.insertImport(k, {
			id,
			unit_id: v.unitId,
			file_name: v.fileName,
			file_key: fileKey,
			status: 'checked',
			total_rows: table.rows.length,
			rejected_rows: new Set(result.problems.map((p) => p.line)).size,
			processed_rows: 0,
			households: result.households,
			problems_json: JSON.stringify(result.problems),
			failure: null,
			created_by_account_id: auth.actor!.accountId,
			created_at: at,
			updated_at: at,
			committed_at: null
		});
		return { record: out((await repo.findImport(k, id))!), rows: result.rows };
	}

	const service = {
		/**
		 * The template to fill in: the header row alone (a template uploaded unchanged refuses no
		 * row), and in the .xlsx a sheet of instructions with an example household.
		 */
		async template(format: 'csv' | 'xlsx'): Promise<{ bytes: Uint8Array; fileName: string; type: string }> {
			const headers = IMPORT_COLUMNS.map((c) => c.label);
			if (format === 'csv') return { bytes: new TextEncoder().encode(writeCsv(headers, [])), fileName: 'mau-nhap-nhan-khau.csv', type: 'text/csv; charset=utf-8' };
			const bytes = await writeXlsx({ name: 'Nhân khẩu', headers, rows: [], notes: TEMPLATE_NOTES });
			return { bytes: new Uint8Array(bytes), fileName: 'mau-nhap-nhan-khau.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
		},

		/** Reads and checks a file for a unit; keeps it for the commit; answers the preview. */
		async check(auth: AuthContext, input: { unitId?: unknown; fileName?: unknown; bytes: Uint8Array | null }): Promise<ImportOut & { sample: CleanRow[] }> {
			const { record, rows } = await checkAndKeep(auth, input);
			return { ...record, sample: rows.slice(0, PREVIEW_ROWS) };
		},

		async get(auth: AuthContext, id: string): Promise<ImportOut> {
			return out(await requireImport(auth, id));
		},

		async recent(auth: AuthContext) {
			const scope = access.requireAny(auth, 'people.manage');
			return repo.recentImports(k, scope, today(), 20);
		},

		/**
		 * Commits a checked import: all rows or none. The file is checked again (the registry
		 * may have changed since). With `wait: false` it answers at once and runs on; progress
		 * is read with `get`.
		 */
		async commit(auth: AuthContext, id: string, opts: { wait?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<ImportOut> {
			const r = await requireImport(auth, id);
			if (r.status !== 'checked' || Number(r.rejected_rows) > 0) throw new AppError('conflict', 'errors.import.not_ready');
			if (!(await repo.claimImport(k, id, 'checked', 'committing', nowIso()))) throw new AppError('conflict', 'errors.import.not_ready');
			const run = async () => {
				const bytes = r.file_key ? await files.get(r.file_key) : null;
				try {
					if (!bytes) throw new Error('the stored file is gone');
					const { result } = await checkTable(r.unit_id, bytes, r.file_name);
					if (result.problems.length) {
						await repo.updateImport(k, id, { status: 'failed', problems_json: JSON.stringify(result.problems), rejected_rows: new Set(result.problems.map((p) => p.line)).size, failure: 'rows refused on the second check', updated_at: nowIso() });
						return;
					}
					await writeRows(auth, id, r.unit_id, result.rows, opts.onProgress);
				} catch (e) {
					const now = await repo.findImport(k, id);
					if (now?.status === 'committing') await repo.updateImport(k, id, { status: 'failed', failure: e instanceof Error ? e.message.slice(0, 500) : 'unknown', updated_at: nowIso() });
					if (opts.wait !== false) throw e;
					console.error(`import ${id} failed:`, e);
				}
			};
			if (opts.wait === false) void run();
			else await run();
			return out((await repo.findImport(k, id))!);
		},

		/**
		 * Check and, when asked and every row passes, commit in one call (API and command
		 * line). A refused file answers its problems and writes nothing.
		 */
		async importFile(auth: AuthContext, input: { unitId?: unknown; fileName?: unknown; bytes: Uint8Array | null; commit: boolean; onProgress?: (done: number, total: number) => void }): Promise<ImportOut & { sample: CleanRow[] }> {
			const { record, rows } = await checkAndKeep(auth, input);
			const sample = rows.slice(0, PREVIEW_ROWS);
			if (!input.commit || record.problems.length) return { ...record, sample };
			// checked a moment ago in this same call: written without reading the file again
			if (!(await repo.claimImport(k, record.id, 'checked', 'committing', nowIso()))) throw new AppError('conflict', 'errors.import.not_ready');
			await writeRows(auth, record.id, record.unitId, rows, input.onProgress);
			return { ...out((await repo.findImport(k, record.id))!), sample };
		},

		/** Removes what imports interrupted by a stopped process staged (run at start). */
		async recoverInterrupted(olderThanMs = 10 * 60_000): Promise<number> {
			const stale = await repo.staleImports(k, new Date(clock.now().getTime() - olderThanMs).toISOString());
			for (const s of stale) {
				await repo.discardImported(k, s.id);
				await repo.updateImport(k, s.id, { status: 'failed', failure: 'interrupted', updated_at: nowIso() });
			}
			return stale.length;
		}
	};
	return service;
}

export type ImportsService = ReturnType<typeof createImportsService>;
