import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { writeXlsx } from '../../platform/spreadsheet';
import { demoId } from '../places/demo/load';
import ExcelJS from 'exceljs';
import { formatBirthVi } from '../../../format';
import { t } from '../../../i18n';
import { EXAMPLE_ROWS } from './imports.service';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const HEADER = 'Họ và tên,Ngày sinh,Giới tính,Thôn/Tổ dân phố,Mã hộ,Quan hệ với chủ hộ,Điện thoại,Email';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga'];

/** n residents in households of four (head, spouse, two children) across the villages given. */
function residentsCsv(n: number, villages: string[], opts: { bom?: boolean; sep?: string; tag?: string } = {}): string {
	const sep = opts.sep ?? ',';
	const lines = [HEADER.replaceAll(',', sep)];
	for (let i = 0; i < n; i++) {
		const h = Math.floor(i / 4);
		const role = ['Chủ hộ', 'Vợ', 'Con', 'Con'][i % 4]!;
		const name = `${FAMILY[h % FAMILY.length]} ${opts.tag ?? 'Văn'} ${GIVEN[i % GIVEN.length]} ${h}`;
		const day = String(1 + (i % 28)).padStart(2, '0');
		lines.push([name, `${day}/0${1 + (i % 9)}/${1950 + (h % 50)}`, i % 2 ? 'Nữ' : 'Nam', villages[h % villages.length], `H${h}`, role, i % 10 === 0 ? '0912 000 ' + String(i % 1000).padStart(3, '0') : '', ''].join(sep));
	}
	return (opts.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

const bytes = (s: string) => new TextEncoder().encode(s);

describeEachDatabase('people: import', { demo: 'no-news' }, (get) => {
	const villagesOf = async (commune: string) => (await get().services.places.getUnit(commune)).children.filter((c) => c.level === 'village').map((c) => c.name);
	const count = async () => Number((await get().services.db.kysely.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

	it('refuses a 10,000-row file with one bad row, naming the row and column, and writes nothing', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const lines = residentsCsv(10_000, await villagesOf(QM), { bom: true }).split('\r\n');
		// data row 6,543 is line 6,544 of the file (the header is line 1)
		const cells = lines[6543]!.split(',');
		cells[1] = '31/02/1980';
		lines[6543] = cells.join(',');
		const before = await count();
		const preview = await s.imports.importFile(qm, { unitId: QM, fileName: 'nhan-khau.csv', bytes: bytes(lines.join('\r\n')), commit: false });
		expect(preview.totalRows).toBe(10_000);
		expect(preview.problems).toEqual([{ line: 6544, column: 'Ngày sinh', key: 'errors.import.bad_date', params: { value: '31/02/1980' } }]);
		expect(preview.rejectedRows).toBe(1);
		const committed = await s.imports.importFile(qm, { unitId: QM, fileName: 'nhan-khau.csv', bytes: bytes(lines.join('\r\n')), commit: true });
		expect(committed.status).toBe('checked');
		expect(committed.problems.map((p) => p.line)).toEqual([6544]);
		expect(await count()).toBe(before);
		expect((await errorOf(s.imports.commit(qm, committed.id))).code).toBe('conflict');
		expect(await count()).toBe(before);
	});

	it('commits a clean 10,000-row file whole: residents, households with their heads, one audit entry', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const before = await count();
		const stats = await s.people.statistics(qm, {});
		const progress: number[] = [];
		const r = await s.imports.importFile(qm, { unitId: QM, fileName: 'sach.csv', bytes: bytes(residentsCsv(10_000, await villagesOf(QM), { sep: ';', tag: 'Sạch' })), commit: true, onProgress: (done) => progress.push(done) });
		expect(r.status).toBe('committed');
		expect(r.processedRows).toBe(10_000);
		expect(r.households).toBe(2_500);
		expect(progress.at(-1)).toBe(10_000);
		expect(progress.length).toBeGreaterThan(1);
		expect(await count()).toBe(before + 10_000);
		expect((await s.people.statistics(qm, {})).total).toBe(stats.total + 10_000);
		const found = await s.people.list(qm, { q: 'nguyen sach an 0' });
		expect(found.total).toBe(1);
		const h = await s.people.household(qm, found.items[0]!.householdId!);
		expect(h.members).toHaveLength(4);
		expect(h.headResidentId).toBe(found.items[0]!.id);
		expect(h.members.map((m) => m.relationToHead).sort()).toEqual(['child', 'child', 'head', 'spouse']);
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: r.id });
		expect(log.rows.map((x) => x.action)).toEqual(['people.import']);
		// the same file again: every row is now a duplicate of the registry, nothing written
		const again = await s.imports.importFile(qm, { unitId: QM, fileName: 'sach.csv', bytes: bytes(residentsCsv(40, await villagesOf(QM), { tag: 'Sạch' })), commit: true });
		expect(again.problems).toHaveLength(40);
		expect(new Set(again.problems.map((p) => p.key))).toEqual(new Set(['errors.import.duplicate_existing']));
		expect(await count()).toBe(before + 10_000);
	});

	it('keeps the import within scope: another commune is not found, its villages are unknown', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const csv = bytes(residentsCsv(8, await villagesOf(YL), { tag: 'Ngoài' }));
		expect((await errorOf(s.imports.importFile(qm, { unitId: YL, fileName: 'a.csv', bytes: csv, commit: true }))).code).toBe('not_found');
		const r = await s.imports.importFile(qm, { unitId: QM, fileName: 'a.csv', bytes: csv, commit: true });
		expect(r.problems).toHaveLength(8);
		expect(r.problems[0]).toMatchObject({ line: 2, column: 'Thôn/Tổ dân phố', key: 'errors.import.unknown_village' });
		expect((await errorOf(s.imports.get(await authAs(s, 'yenlang.canbo'), r.id))).code).toBe('not_found');
		expect((await errorOf(s.imports.importFile(anonymous, { unitId: QM, fileName: 'a.csv', bytes: csv, commit: false }))).code).toBe('unauthenticated');
		expect((await errorOf(s.imports.importFile(await authAs(s, 'dan.lan'), { unitId: QM, fileName: 'a.csv', bytes: csv, commit: false }))).code).toBe('forbidden');
		expect((await s.people.list(await authAs(s, 'yenlang.canbo'), { q: 'ngoai' })).total).toBe(0);
	});

	it('names each kind of bad row in Vietnamese terms: header, date, gender, village, household, duplicates', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const [v1, v2] = await villagesOf(QM);
		const missing = await s.imports.importFile(qm, { unitId: QM, fileName: 'x.csv', bytes: bytes('Họ và tên,Ngày sinh\nA,01/01/1990\n'), commit: false });
		expect(missing.problems.map((p) => p.column)).toEqual(['Giới tính', 'Thôn/Tổ dân phố', 'Mã hộ', 'Quan hệ với chủ hộ']);
		const rows = [
			HEADER,
			`Đỗ Văn Một,1/2/1980,Nam,${v1},A,Chủ hộ,,`,
			`Đỗ Văn Một,01/02/1980,nam,${v1},B,Chủ hộ,,`, // 3: same person as row 2
			`Đỗ Thị Hai,1980-13-01,Nữ,${v1},A,Vợ,,`, // 4: bad date
			`Đỗ Văn Ba,02/03/2001,Trai,${v1},A,Con,,`, // 5: bad gender
			`Đỗ Văn Bốn,02/03/2003,Nam,Thôn Không Có,A,Con,,`, // 6: unknown village
			`Đỗ Văn Năm,02/03/2003,Nam,${v1},C,Con,,`, // 7: household C has no head
			`Đỗ Văn Sáu,02/03/1970,Nam,${v1},D,Chủ hộ,,`,
			`Đỗ Văn Bảy,02/03/1971,Nam,${v2},D,Em,,`, // 9: not in the head's village
			`Đỗ Văn Tám,02/03/1972,Nam,${v1},D,Chủ hộ,,`, // 10: a second head
			`Đỗ Văn Chín,02/03/1972,Nam,${v1},E,Chủ hộ,12,`, // 11: bad phone
			`,02/03/1972,Nam,${v1},F,Chủ hộ,,`, // 12: no name
			`Đỗ Văn Mười,02/03/2099,Nam,${v1},G,Chủ hộ,,`, // 13: born in the future
			`Đỗ Văn Mười Một,02/03/1972,Nam,${v1},H,Cụ kỵ,,` // 14: unknown relation
		].join('\n');
		const r = await s.imports.importFile(qm, { unitId: QM, fileName: 'x.csv', bytes: bytes(rows), commit: true });
		expect(r.problems.map((p) => [p.line, p.column, p.key])).toEqual([
			[3, 'Họ và tên', 'errors.import.duplicate_in_file'],
			[4, 'Ngày sinh', 'errors.import.bad_date'],
			[5, 'Giới tính', 'errors.import.bad_gender'],
			[6, 'Thôn/Tổ dân phố', 'errors.import.unknown_village'],
			[7, 'Quan hệ với chủ hộ', 'errors.import.missing_head'],
			[10, 'Quan hệ với chủ hộ', 'errors.import.two_heads'],
			[11, 'Điện thoại', 'errors.import.bad_phone'],
			[12, 'Họ và tên', 'errors.import.required'],
			[13, 'Ngày sinh', 'errors.import.date_range'],
			[14, 'Quan hệ với chủ hộ', 'errors.import.bad_relation']
		]);
		// a member living outside the head's village
		const apart = [HEADER, `Đỗ Văn Sáu,02/03/1970,Nam,${v1},D,Chủ hộ,,`, `Đỗ Văn Bảy,02/03/1971,Nam,${v2},D,Em,,`].join('\n');
		const r2 = await s.imports.importFile(qm, { unitId: QM, fileName: 'x.csv', bytes: bytes(apart), commit: true });
		expect(r2.problems.map((p) => [p.line, p.column, p.key])).toEqual([[3, 'Thôn/Tổ dân phố', 'errors.import.household_village']]);
		expect((await s.people.list(qm, { q: 'do van' })).total).toBe(0);
		// bad files: wrong type, not UTF-8, no unit
		expect((await errorOf(s.imports.importFile(qm, { unitId: QM, fileName: 'x.pdf', bytes: bytes(rows), commit: false }))).fields.fileName?.key).toBe('errors.import.file_type');
		expect((await errorOf(s.imports.importFile(qm, { unitId: QM, fileName: 'x.csv', bytes: new Uint8Array([0x48, 0x6f, 0x20, 0x74, 0xea, 0x6e, 0x0a]), commit: false }))).key).toBe('errors.import.encoding');
		expect((await errorOf(s.imports.importFile(qm, { unitId: '', fileName: 'x.csv', bytes: bytes(rows), commit: false }))).fields.unitId?.key).toBeDefined();
	});

	it('reads .xlsx files and keeps cell text as text', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const [v1] = await villagesOf(QM);
		const xlsx = await writeXlsx({
			name: 'Nhân khẩu',
			headers: HEADER.split(','),
			rows: [
				['<img src=x onerror=alert(1)>Phan Văn Ảnh', '15/03/1975', 'Nam', v1!, 'X1', 'Chủ hộ', '0912345678', 'anh@example.vn'],
				['Phan Thị Ảnh', '1978-09-02', 'Nữ', v1!, 'X1', 'Vợ', '', '']
			]
		});
		const r = await s.imports.importFile(qm, { unitId: QM, fileName: 'Nhan khau.XLSX', bytes: new Uint8Array(xlsx), commit: true });
		expect(r.problems).toEqual([]);
		expect(r.status).toBe('committed');
		const found = await s.people.list(qm, { q: 'phan van anh' });
		expect(found.items.map((x) => [x.fullName, x.phone, x.email])).toEqual([['<img src=x onerror=alert(1)>Phan Văn Ảnh', '0912345678', 'anh@example.vn']]);
	});

	it('hands out a template that, uploaded unchanged, refuses no row and imports nobody, saying so; filled in like its example, it imports', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const before = await count();
		const imports = async () => (await s.db.kysely.selectFrom('people_imports').select('id').execute()).length;
		const kept = await imports();
		for (const format of ['xlsx', 'csv'] as const) {
			const tpl = await s.imports.template(format);
			for (const commit of [false, true]) {
				const e = await errorOf(s.imports.importFile(qm, { unitId: QM, fileName: tpl.fileName, bytes: tpl.bytes, commit }));
				expect(e).toMatchObject({ code: 'invalid', key: 'errors.import.nothing_to_import' });
				expect(t('vi', e.key)).toContain('chưa có ai để nhập');
			}
			expect((await errorOf(s.imports.check(qm, { unitId: QM, fileName: tpl.fileName, bytes: tpl.bytes }))).key).toBe('errors.import.nothing_to_import');
		}
		expect(await count()).toBe(before);
		expect(await imports()).toBe(kept); // nothing kept either
		// the data sheet holds the header alone; the instructions sheet, how to fill it and an example
		const tpl = await s.imports.template('xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(tpl.bytes as never);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhân khẩu', 'Hướng dẫn']);
		const data = wb.getWorksheet('Nhân khẩu')!;
		expect(data.actualRowCount).toBe(1);
		const notes = JSON.stringify(wb.getWorksheet('Hướng dẫn')!.getSheetValues());
		expect(notes).toContain('VÍ DỤ');
		expect(notes).toContain('Nếu chỉ biết năm sinh');
		// an officer fills the data sheet as the example shows, with a village of the commune: all of it imports
		const [v1] = await villagesOf(QM);
		for (const r of EXAMPLE_ROWS) data.addRow(r.map((c) => (c === 'Thôn Đoài' ? v1! : c)));
		const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
		const r = await s.imports.importFile(qm, { unitId: QM, fileName: tpl.fileName, bytes: filled, commit: true });
		expect(r.problems).toEqual([]);
		expect(r).toMatchObject({ status: 'committed', processedRows: EXAMPLE_ROWS.length, households: 1 });
		expect((await s.people.list(qm, { q: 'nguyen van bay' })).items).toMatchObject([{ birthDate: '1948-01-01', birthPrecision: 'year', relationToHead: 'parent' }]);
	});

	it('accepts a birth year alone, recorded as the year; refuses impossible years in Vietnamese; "1955" is never the same person as 1 January 1955', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const [v1] = await villagesOf(QM);
		const file = (...rows: string[]) => bytes([HEADER, ...rows].join('\n'));
		const r = await s.imports.importFile(qm, { unitId: QM, fileName: 'giay.csv', bytes: file(`Mai Văn Cụ,1955,Nam,${v1},Y1,Chủ hộ,,`, `Mai Thị Cụ, 1957 ,Nữ,${v1},Y1,Vợ,,`), commit: true });
		expect(r.problems).toEqual([]);
		expect(r.status).toBe('committed');
		const cu = (await s.people.list(qm, { q: 'mai van cu' })).items;
		expect(cu).toMatchObject([{ fullName: 'Mai Văn Cụ', birthDate: '1955-01-01', birthPrecision: 'year' }]);
		expect(formatBirthVi(cu[0]!.birthDate, cu[0]!.birthPrecision)).toBe('1955');
		expect((await s.people.list(qm, { q: 'mai thi cu' })).items).toMatchObject([{ birthDate: '1957-01-01', birthPrecision: 'year' }]);
		// the same year again is a duplicate of the registry
		const again = await s.imports.importFile(qm, { unitId: QM, fileName: 'giay.csv', bytes: file(`Mai Văn Cụ,1955,Nam,${v1},Y2,Chủ hộ,,`), commit: true });
		expect(again.problems.map((p) => [p.line, p.key])).toEqual([[2, 'errors.import.duplicate_existing']]);
		// a whole date on 1 January of that year is another fact: written, and listed as a possible duplicate only
		const jan = await s.imports.importFile(qm, { unitId: QM, fileName: 'giay.csv', bytes: file(`Mai Văn Cụ,01/01/1955,Nam,${v1},Y3,Chủ hộ,,`), commit: true });
		expect(jan.problems).toEqual([]);
		expect(jan.status).toBe('committed');
		const both = (await s.people.list(qm, { q: 'mai van cu' })).items;
		expect(both.map((x) => x.birthPrecision).sort()).toEqual(['day', 'year']);
		const group = (await s.people.duplicates(qm)).find((g) => g.fullName === 'Mai Văn Cụ');
		expect(group).toMatchObject({ birthDate: '1955-01-01', birthPrecision: 'year', count: 2 });
		expect(group!.ids.sort()).toEqual(both.map((x) => x.id).sort());
		// impossible years: before 1900, after this year, not four digits
		const nextYear = String(Number(get().clock.now().toISOString().slice(0, 4)) + 1);
		const bad = await s.imports.importFile(qm, { unitId: QM, fileName: 'giay.csv', bytes: file(`Mai Văn Một,1899,Nam,${v1},B1,Chủ hộ,,`, `Mai Văn Hai,${nextYear},Nam,${v1},B2,Chủ hộ,,`, `Mai Văn Ba,19555,Nam,${v1},B3,Chủ hộ,,`), commit: true });
		expect(bad.status).toBe('checked');
		expect(bad.problems.map((p) => [p.line, p.column, t('vi', p.key, p.params)])).toEqual([
			[2, 'Ngày sinh', 'Ngày sinh “1899” phải từ năm 1900 đến hôm nay.'],
			[3, 'Ngày sinh', `Ngày sinh “${nextYear}” phải từ năm 1900 đến hôm nay.`],
			[4, 'Ngày sinh', 'Năm sinh “19555” không đúng. Hãy ghi đủ bốn chữ số của năm (ví dụ 1955), hoặc ghi ngày/tháng/năm (ví dụ 15/03/1975).']
		]);
		expect((await s.people.list(qm, { q: 'mai van mot' })).total).toBe(0);
	});

	it('lets only one of two concurrent commits of the same checked file write it', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const checked = await s.imports.check(qm, { unitId: QM, fileName: 'dong-thoi.csv', bytes: bytes(residentsCsv(400, await villagesOf(QM), { tag: 'Đồng Thời' })) });
		expect(checked.status).toBe('checked');
		const before = await count();
		const results = await Promise.allSettled([s.imports.commit(qm, checked.id), s.imports.commit(qm, checked.id)]);
		expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toMatchObject({ code: 'conflict' });
		expect(await count()).toBe(before + 400);
		expect((await s.imports.get(qm, checked.id)).status).toBe('committed');
	});

	it('writes the same people once when the same file is imported twice at the same time', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const file = bytes(residentsCsv(600, await villagesOf(QM), { tag: 'Hai Lần' }));
		const before = await count();
		const results = await Promise.allSettled([1, 2].map(() => s.imports.importFile(qm, { unitId: QM, fileName: 'hai-lan.csv', bytes: file, commit: true })));
		const done = results.filter((x) => x.status === 'fulfilled' && x.value.status === 'committed');
		expect(done).toHaveLength(1);
		const other = results.find((x) => x !== done[0])!;
		// the loser either meets the winner's rows at activation, or sees them already when checking
		if (other.status === 'rejected') expect(other.reason).toMatchObject({ code: 'conflict', key: 'errors.import.written_meanwhile' });
		else expect(other.value.problems[0]?.key).toBe('errors.import.duplicate_existing');
		expect(await count()).toBe(before + 600);
		expect((await s.people.list(qm, { q: 'nguyen hai lan an 0' })).total).toBe(1);
		expect(await s.db.kysely.selectFrom('residents').select('id').where('status', '=', 'importing').execute()).toEqual([]);
	});

	it('undoes an import that a stopped process left half-written', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const checked = await s.imports.check(qm, { unitId: QM, fileName: 'dung.csv', bytes: bytes(residentsCsv(12, await villagesOf(QM), { tag: 'Dừng' })) });
		const k = s.db.kysely;
		// what a process stopped after its first batch leaves behind
		await k.updateTable('people_imports').set({ status: 'committing', updated_at: '2026-11-28T00:00:00.000Z' }).where('id', '=', checked.id).execute();
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		await k.insertInto('households').values({ id: '01900000-0000-7000-8000-000000000001', village_id: village, address: null, head_resident_id: null, created_at: 'x', updated_at: 'x', import_id: checked.id }).execute();
		await k.insertInto('residents').values({ id: '01900000-0000-7000-8000-000000000002', full_name: 'Bỏ Dở', birth_date: '1990-01-01', gender: 'male', village_id: village, household_id: '01900000-0000-7000-8000-000000000001', relation_to_head: 'head', phone: null, email: null, account_id: null, status: 'importing', merged_into_id: null, search_text: 'bo do', created_at: 'x', updated_at: 'x', erased_at: null, import_id: checked.id }).execute();
		expect((await s.people.list(qm, { q: 'bo do' })).total).toBe(0); // staged rows are seen by nobody
		expect(await s.imports.recoverInterrupted()).toBe(1);
		expect(await k.selectFrom('residents').select('id').where('import_id', '=', checked.id).execute()).toEqual([]);
		expect(await k.selectFrom('households').select('id').where('import_id', '=', checked.id).execute()).toEqual([]);
		expect((await s.imports.get(qm, checked.id)).status).toBe('failed');
	});
});
