/**
 * The rules of a residents import, free of the database: which columns a file has, how a
 * cell is read, and which rows are refused and why. The service feeds it the file's table,
 * the villages within reach and the registry's existing keys; it answers clean rows grouped
 * in households, or every problem with its row, column and reason.
 */
import type { MessageParams } from '../../platform/errors';
import { cleanText, normalizeVi } from '../../platform/text';
import { findColumns, type Table } from '../../platform/spreadsheet';
import { optionalEmail, optionalPhone, readDateOrYear, type DateOrYear, type DatePrecision } from '../../platform/fields';
import { GENDERS, RELATIONS } from './people.schemas';

/** The template's columns, in order: the label an officer sees, and other headers accepted. */
export const IMPORT_COLUMNS = [
	{ key: 'fullName', label: 'Họ và tên', aliases: ['ho ten', 'ten', 'full name', 'name'], required: true },
	{ key: 'birthDate', label: 'Ngày sinh', aliases: ['ngay thang nam sinh', 'birth date', 'date of birth'], required: true },
	{ key: 'gender', label: 'Giới tính', aliases: ['gioi', 'gender'], required: true },
	{ key: 'village', label: 'Thôn/Tổ dân phố', aliases: ['thon', 'to dan pho', 'thon xom', 'thon to', 'village'], required: true },
	{ key: 'household', label: 'Mã hộ', aliases: ['ma ho gia dinh', 'so ho', 'household', 'household code'], required: true },
	{ key: 'relation', label: 'Quan hệ với chủ hộ', aliases: ['quan he', 'quan he chu ho', 'relation', 'relation to head'], required: true },
	{ key: 'phone', label: 'Điện thoại', aliases: ['so dien thoai', 'dien thoai di dong', 'phone'], required: false },
	{ key: 'email', label: 'Email', aliases: ['thu dien tu', 'e mail'], required: false }
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

export const MAX_IMPORT_ROWS = 250_000;

export interface ImportProblem {
	/** the row as the officer sees it in the file (header = 1) */
	line: number;
	/** the column's label in the template, or null for the whole row or file */
	column: string | null;
	key: string;
	params?: MessageParams;
}

export interface ImportVillage {
	id: string;
	name: string;
	code: string | null;
}

export interface CleanRow {
	line: number;
	fullName: string;
	searchText: string;
	birthDate: string;
	/** 'year': the file gave the year alone (birthDate is 1 January of it) */
	birthPrecision: DatePrecision;
	gender: (typeof GENDERS)[number];
	villageId: string;
	household: string;
	relation: (typeof RELATIONS)[number];
	phone: string | null;
	email: string | null;
}

const GENDER_WORDS: Record<string, (typeof GENDERS)[number]> = { nam: 'male', male: 'male', m: 'male', nu: 'female', female: 'female', f: 'female', khac: 'other', other: 'other' };

const RELATION_WORDS: Record<string, (typeof RELATIONS)[number]> = {
	'chu ho': 'head', head: 'head',
	vo: 'spouse', chong: 'spouse', spouse: 'spouse',
	con: 'child', 'con trai': 'child', 'con gai': 'child', 'con de': 'child', 'con nuoi': 'child', 'con dau': 'child', 'con re': 'child', child: 'child',
	bo: 'parent', me: 'parent', cha: 'parent', 'bo de': 'parent', 'me de': 'parent', 'bo chong': 'parent', 'me chong': 'parent', 'bo vo': 'parent', 'me vo': 'parent', parent: 'parent',
	chau: 'grandchild', 'chau noi': 'grandchild', 'chau ngoai': 'grandchild', grandchild: 'grandchild',
	ong: 'grandparent', ba: 'grandparent', 'ong noi': 'grandparent', 'ba noi': 'grandparent', 'ong ngoai': 'grandparent', 'ba ngoai': 'grandparent', grandparent: 'grandparent',
	anh: 'sibling', chi: 'sibling', em: 'sibling', 'anh trai': 'sibling', 'chi gai': 'sibling', 'em trai': 'sibling', 'em gai': 'sibling', sibling: 'sibling',
	khac: 'other', other: 'other'
};

const VILLAGE_PREFIX = /^(thon|to dan pho|tdp|xom|khu|ap|lang|to) /;

/** normalizeVi for cells drawn from a small vocabulary (gender, relation, village): folded once each. */
function foldCache(): (s: string) => string {
	const seen = new Map<string, string>();
	return (s) => {
		let f = seen.get(s);
		if (f === undefined) {
			f = normalizeVi(s);
			if (seen.size < 10_000) seen.set(s, f);
		}
		return f;
	};
}

/** Finds each template column among the file's headers; answers the missing required ones. */
export function mapColumns(headers: string[]): { index: Partial<Record<ImportColumn, number>>; problems: ImportProblem[] } {
	const { index, missing } = findColumns(headers, IMPORT_COLUMNS);
	return { index, problems: missing };
}

/**
 * The birth part of the duplicate key: the date, or the year alone for a birth known by its
 * year (so 1955 is never the same person as someone born on 1 January 1955; the two are at most
 * a possible duplicate, listed for an officer).
 */
export const birthKey = (date: string, precision: string | undefined): string => (precision === 'year' ? date.slice(0, 4) : date);

export interface CheckInput {
	table: Table;
	villages: ImportVillage[];
	today: string;
	/** `${searchText}|${birthKey}|${villageId}` of residents already in the registry */
	existing: ReadonlySet<string>;
}

export interface CheckResult {
	rows: CleanRow[];
	problems: ImportProblem[];
	households: number;
}

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function checkImport({ table, villages, today, existing }: CheckInput): CheckResult {
	const { index, problems } = mapColumns(table.headers);
	if (problems.length) return { rows: [], problems, households: 0 };
	if (table.rows.length === 0) return { rows: [], problems: [{ line: 2, column: null, key: 'errors.import.no_rows' }], households: 0 };

	// villages by code, by folded name and by folded name without "Thôn"/"Tổ dân phố"
	const byName = new Map<string, string | null>();
	const add = (k: string, id: string) => byName.set(k, byName.has(k) && byName.get(k) !== id ? null : id);
	for (const v of villages) {
		const n = normalizeVi(v.name);
		add(n, v.id);
		add(n.replace(VILLAGE_PREFIX, ''), v.id);
		if (v.code) add(normalizeVi(v.code), v.id);
	}

	const label = (k: ImportColumn) => IMPORT_COLUMNS.find((c) => c.key === k)!.label;
	const cell = (cells: string[], k: ImportColumn) => {
		const i = index[k];
		return i === undefined ? '' : (cells[i] ?? '').trim();
	};
	const rows: CleanRow[] = [];
	const seen = new Map<string, number>();
	const fold = foldCache();
	const dates = new Map<string, DateOrYear | null>();
	const dateOf = (raw: string) => {
		let d = dates.get(raw);
		if (d === undefined) {
			d = readDateOrYear(raw);
			if (dates.size < 100_000) dates.set(raw, d);
		}
		return d;
	};
	for (const { line, cells } of table.rows) {
		const bad = (k: ImportColumn | null, key: string, params?: MessageParams) => problems.push({ line, column: k ? label(k) : null, key, ...(params && { params }) });
		const before = problems.length;
		if (CONTROL.test(cells.join(' '))) {
			bad(null, 'errors.import.control_chars');
			continue;
		}
		const fullName = cleanText(cell(cells, 'fullName'));
		if (!fullName) bad('fullName', 'errors.import.required');
		else if (fullName.length > 120) bad('fullName', 'errors.import.too_long', { max: 120 });
		else if (!/\p{L}/u.test(fullName)) bad('fullName', 'errors.import.bad_name');

		// a whole date, or the year alone (1955) as paper lists give older people's births
		const rawDate = cell(cells, 'birthDate');
		const birth = dateOf(rawDate);
		if (!rawDate) bad('birthDate', 'errors.import.required');
		else if (!birth) bad('birthDate', /^\d+$/.test(rawDate) ? 'errors.import.bad_year' : 'errors.import.bad_date', { value: rawDate.slice(0, 40) });
		else if (birth.date > today || birth.date < '1900-01-01') bad('birthDate', 'errors.import.date_range', { value: rawDate.slice(0, 40) });

		const rawGender = cell(cells, 'gender');
		const gender = GENDER_WORDS[fold(rawGender)];
		if (!rawGender) bad('gender', 'errors.import.required');
		else if (!gender) bad('gender', 'errors.import.bad_gender', { value: rawGender.slice(0, 40) });

		const rawVillage = cell(cells, 'village');
		const fv = fold(rawVillage);
		const villageId = byName.get(fv) ?? byName.get(fv.replace(VILLAGE_PREFIX, '')) ?? null;
		if (!rawVillage) bad('village', 'errors.import.required');
		else if (!villageId) bad('village', 'errors.import.unknown_village', { value: rawVillage.slice(0, 80) });

		const household = cell(cells, 'household');
		if (!household) bad('household', 'errors.import.required');
		else if (household.length > 40) bad('household', 'errors.import.too_long', { max: 40 });

		const rawRelation = cell(cells, 'relation');
		const relation = RELATION_WORDS[fold(rawRelation)];
		if (!rawRelation) bad('relation', 'errors.import.required');
		else if (!relation) bad('relation', 'errors.import.bad_relation', { value: rawRelation.slice(0, 40) });

		// empty contact cells are the common case: only filled ones go through the shared field rules
		const rawPhone = cell(cells, 'phone');
		const phone = rawPhone ? optionalPhone.safeParse(rawPhone) : { success: true as const, data: null };
		if (!phone.success) bad('phone', 'errors.import.bad_phone', { value: rawPhone.slice(0, 40) });
		const rawEmail = cell(cells, 'email');
		const email = rawEmail ? optionalEmail.safeParse(rawEmail) : { success: true as const, data: null };
		if (!email.success) bad('email', 'errors.import.bad_email', { value: rawEmail.slice(0, 80) });

		if (problems.length > before) continue;
		const searchText = normalizeVi(fullName);
		const key = `${searchText}|${birthKey(birth!.date, birth!.precision)}|${villageId}`;
		const first = seen.get(key);
		if (first !== undefined) {
			bad('fullName', 'errors.import.duplicate_in_file', { line: first });
			continue;
		}
		seen.set(key, line);
		if (existing.has(key)) {
			bad('fullName', 'errors.import.duplicate_existing');
			continue;
		}
		rows.push({ line, fullName, searchText, birthDate: birth!.date, birthPrecision: birth!.precision, gender: gender!, villageId: villageId!, household, relation: relation!, phone: phone.data ?? null, email: email.data ?? null });
	}

	// households: one head each, every member in the head's village
	const groups = new Map<string, CleanRow[]>();
	for (const r of rows) {
		const g = groups.get(r.household);
		if (g) g.push(r);
		else groups.set(r.household, [r]);
	}
	const refusedLines = new Set(problems.map((p) => p.line));
	for (const [code, members] of groups) {
		if (members.some((m) => refusedLines.has(m.line))) continue;
		const heads = members.filter((m) => m.relation === 'head');
		if (heads.length === 0) {
			problems.push({ line: members[0]!.line, column: label('relation'), key: 'errors.import.missing_head', params: { household: code } });
			continue;
		}
		if (heads.length > 1) {
			problems.push({ line: heads[1]!.line, column: label('relation'), key: 'errors.import.two_heads', params: { household: code, line: heads[0]!.line } });
			continue;
		}
		for (const m of members)
			if (m.villageId !== heads[0]!.villageId) problems.push({ line: m.line, column: label('village'), key: 'errors.import.household_village', params: { household: code, line: heads[0]!.line } });
	}
	// a household refused for a bad row elsewhere: its other rows wait for that row's fix
	problems.sort((a, b) => a.line - b.line);
	return { rows: problems.length ? [] : rows, problems, households: groups.size };
}
