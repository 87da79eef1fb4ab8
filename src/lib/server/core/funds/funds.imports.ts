/**
 * Donations from a spreadsheet: a collection sheet (bảng tổng hợp thu) kept by a village branch,
 * or a bank statement (sao kê) with only the incoming money kept. Each row is checked with the
 * same rules as a donation typed on a phone; the file is written all rows or none, in one
 * transaction holding the fund, each row with its receipt. A check first shows every refused row
 * with its line and column, and nothing is written.
 */
import type { AuthContext } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { transaction } from '../../platform/db';
import { readDateOrYear } from '../../platform/fields';
import { findColumns, readTable, type ImportColumnSpec, type Table } from '../../platform/spreadsheet';
import { normalizeVi } from '../../platform/text';
import type { MessageParams } from '../../platform/errors';
import type { FundsContext } from './funds.service';
import * as repo from './funds.repository';
import { donationInput, METHODS } from './funds.schemas';
import type { z } from 'zod';

export const DONATION_COLUMNS = [
	{ key: 'receivedOn', label: 'Ngày', aliases: ['ngay nhan', 'ngay thu', 'ngay giao dich', 'ngay gd', 'ngay hach toan', 'date'], required: true },
	{ key: 'amount', label: 'Số tiền', aliases: ['so tien (dong)', 'so tien ung ho', 'ghi co', 'so tien ghi co', 'phat sinh co', 'credit', 'amount'], required: true },
	{ key: 'donorName', label: 'Người ủng hộ', aliases: ['ho va ten', 'ho ten', 'ten nguoi ung ho', 'nguoi nop', 'don vi', 'ten', 'donor'], required: false },
	{ key: 'donorKind', label: 'Loại người ủng hộ', aliases: ['loai', 'doi tuong', 'donor kind'], required: false },
	{ key: 'donorPhone', label: 'Điện thoại', aliases: ['so dien thoai', 'phone'], required: false },
	{ key: 'method', label: 'Hình thức', aliases: ['hinh thuc ung ho', 'method'], required: false },
	{ key: 'item', label: 'Hiện vật', aliases: ['hien vat ung ho', 'item'], required: false },
	{ key: 'donorPublic', label: 'Công khai tên', aliases: ['cong khai', 'dong y cong khai', 'public'], required: false },
	{ key: 'note', label: 'Nội dung', aliases: ['dien giai', 'noi dung giao dich', 'noi dung chuyen khoan', 'ghi chu', 'description', 'note'], required: false }
] as const satisfies readonly ImportColumnSpec[];
type Column = (typeof DONATION_COLUMNS)[number]['key'];

export const MAX_DONATION_ROWS = 5000;

export interface DonationProblem {
	line: number;
	column: string | null;
	key: string;
	params?: MessageParams;
}

const METHOD_WORDS: Record<string, (typeof METHODS)[number]> = { 'tien mat': 'cash', 'chuyen khoan': 'bank_transfer', ck: 'bank_transfer', 'ngan hang': 'bank_transfer', 'hien vat': 'in_kind' };
const KIND_WORDS: Record<string, string> = { 'ca nhan': 'person', 'ho gia dinh': 'household', 'gia dinh': 'household', ho: 'household', 'dong ho': 'clan', 'ho toc': 'clan', 'to chuc': 'organization', 'co quan': 'organization', 'doanh nghiep': 'organization', 'cong ty': 'organization', 'giau ten': 'anonymous', 'an danh': 'anonymous' };
const YES = new Set(['co', 'x', 'yes', 'dong y', 'cong khai', '1']);

/** An amount as sheets and bank statements write it: "1.500.000", "1 500 000", "1,500,000" or 1500000. */
const amountCell = (s: string) => (/^\d{1,3}(,\d{3})+$/.test(s.trim()) ? s.trim().replace(/,/g, '') : s.trim());
/** A date as a sheet or a statement has it, a time after it dropped ("03/12/2026 10:15:00"). */
const dateCell = (s: string) => {
	const d = readDateOrYear(s.trim().split(/\s+/)[0] ?? '');
	return d && d.precision === 'day' ? d.date : s.trim();
};

/**
 * The rows of a donations sheet checked as donations typed one by one would be: the clean ones,
 * or every problem with its line (header = 1) and column. `method` is the way for rows that do not
 * say (a bank statement's rows are transfers).
 */
export function checkDonationTable(table: Table, method: (typeof METHODS)[number]): { rows: z.output<typeof donationInput>[]; problems: DonationProblem[] } {
	const { index, missing } = findColumns(table.headers, DONATION_COLUMNS);
	if (missing.length) return { rows: [], problems: missing };
	const cell = (cells: string[], c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? '').trim());
	const label = (c: string) => DONATION_COLUMNS.find((x) => x.key === c)?.label ?? null;
	const rows: z.output<typeof donationInput>[] = [];
	const problems: DonationProblem[] = [];
	for (const { line, cells } of table.rows) {
		const name = cell(cells, 'donorName');
		const kindWord = normalizeVi(cell(cells, 'donorKind'));
		const methodWord = normalizeVi(cell(cells, 'method'));
		if (methodWord && !METHOD_WORDS[methodWord]) {
			problems.push({ line, column: label('method'), key: 'errors.funds.import.method' });
			continue;
		}
		if (kindWord && !KIND_WORDS[kindWord]) {
			problems.push({ line, column: label('donorKind'), key: 'errors.funds.import.kind' });
			continue;
		}
		const input = {
			amount: amountCell(cell(cells, 'amount')),
			method: methodWord ? METHOD_WORDS[methodWord] : method,
			item: cell(cells, 'item'),
			donorKind: kindWord ? KIND_WORDS[kindWord] : name ? 'person' : 'anonymous',
			donorName: name,
			donorPhone: cell(cells, 'donorPhone'),
			donorPublic: YES.has(normalizeVi(cell(cells, 'donorPublic'))),
			receivedOn: dateCell(cell(cells, 'receivedOn')),
			note: cell(cells, 'note')
		};
		const r = donationInput.safeParse(input);
		if (r.success) rows.push(r.data);
		else for (const issue of r.error.issues) problems.push({ line, column: label(String(issue.path[0] ?? '')), key: issue.message.startsWith('errors.') ? issue.message : 'errors.field.invalid' });
	}
	return { rows, problems };
}

export interface DonationImportOut {
	status: 'checked' | 'refused' | 'committed';
	fileName: string;
	rows: number;
	/** đồng, of the rows that passed */
	total: number;
	problems: DonationProblem[];
	/** the first rows as they will be written */
	sample: { receivedOn: string; amount: number; donor: string | null; method: string }[];
}

export function importsApi({ db, clock, fundFor, donateIn }: FundsContext) {
	return {
		/**
		 * A donations sheet checked (commit false) or written all rows or none (commit true): one
		 * transaction holding the fund, each row a donation with its receipt; audited as one import.
		 */
		async importDonations(auth: AuthContext, fundId: string, input: { fileName?: unknown; bytes: Uint8Array | null; method?: unknown; commit: boolean }): Promise<DonationImportOut> {
			const f = await fundFor(auth, fundId, 'funds.manage');
			const fileName = typeof input.fileName === 'string' ? input.fileName.slice(0, 200) : '';
			const method = METHODS.includes(input.method as (typeof METHODS)[number]) ? (input.method as (typeof METHODS)[number]) : 'cash';
			const table = await readTable(input.bytes ?? new Uint8Array(), fileName, { maxRows: MAX_DONATION_ROWS });
			const { rows, problems } = checkDonationTable(table, method);
			const out = (status: DonationImportOut['status']): DonationImportOut => ({
				status,
				fileName,
				rows: rows.length,
				total: rows.reduce((n, r) => n + r.amount, 0),
				problems,
				sample: rows.slice(0, 10).map((r) => ({ receivedOn: r.receivedOn, amount: r.amount, donor: r.donorKind === 'anonymous' ? null : (r.donorName ?? null), method: r.method }))
			});
			if (problems.length) return out('refused');
			if (!input.commit) return out('checked');
			await transaction(db, async (trx) => {
				for (const r of rows) await donateIn(trx, auth, (await repo.holdFund(trx, db.dialect, f.id))!, r);
				await recordAudit(trx, clock, auth, { action: 'fund.donation_import', entityType: 'fund', entityId: f.id, scopeUnitId: f.unit_id, after: { fileName, rows: rows.length, total: rows.reduce((n, r) => n + r.amount, 0) } });
			});
			return out('committed');
		}
	};
}
