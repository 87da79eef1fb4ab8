/**
 * The command line import-people against a real database of each kind: a clean file is
 * written whole and exits 0; a file with a refused row exits 1, names the row and the reason
 * in Vietnamese on stderr and writes nothing; another commune's unit is refused; a missing
 * --unit is a usage error (2).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { authAs } from '../lib/server/testing/actors';
import { describeEachDatabase } from '../lib/server/testing/databases';
import { demoId } from '../lib/server/core/places/demo/load';
import { runCli } from '../lib/server/testing/cli';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');
const HEADER = 'Họ và tên,Ngày sinh,Giới tính,Thôn/Tổ dân phố,Mã hộ,Quan hệ với chủ hộ,Điện thoại,Email';

describeEachDatabase('cli: import-people', { demo: 'no-news' }, (get) => {
	let dir = '';
	let savedUrl: string | undefined;
	let savedFiles: string | undefined;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'suotdoi-cli-import-'));
		savedUrl = process.env.DATABASE_URL;
		savedFiles = process.env.FILES_DIR;
		process.env.DATABASE_URL = get().url;
		// the command keeps the checked file: in the temp dir, never in ./data
		process.env.FILES_DIR = join(dir, 'files');
	});
	afterEach(() => {
		if (savedUrl === undefined) delete process.env.DATABASE_URL;
		else process.env.DATABASE_URL = savedUrl;
		if (savedFiles === undefined) delete process.env.FILES_DIR;
		else process.env.FILES_DIR = savedFiles;
		process.exitCode = undefined;
		vi.restoreAllMocks();
		rmSync(dir, { recursive: true, force: true });
	});

	const villagesOf = async (commune: string) => (await get().services.places.getUnit(commune)).children.filter((c) => c.level === 'village').map((c) => c.name);
	const residents = async () => Number((await get().services.db.kysely.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
	const found = async (q: string) => {
		const s = get().services;
		return s.people.list(await authAs(s, 'quangminh.canbo'), { q });
	};

	const run = runCli;

	function csv(name: string, rows: string[][]): string {
		const file = join(dir, name);
		writeFileSync(file, '\uFEFF' + [HEADER, ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n');
		return file;
	}

	it('writes a clean file whole and exits 0', async () => {
		const [v1, v2] = await villagesOf(QM);
		const file = csv('sach.csv', [
			['Tạ Văn Dòng', '15/03/1975', 'Nam', v1!, 'L1', 'Chủ hộ', '0912 345 678', ''],
			['Tạ Thị Dòng', '1978-09-02', 'Nữ', v1!, 'L1', 'Vợ', '', 'dong@example.vn'],
			['Tạ Minh Dòng', '20/11/2012', 'Nam', v1!, 'L1', 'Con', '', ''],
			['Kiều Văn Lệnh', '30/01/1960', 'Nam', v2!, 'L2', 'Chủ hộ', '', '']
		]);
		const before = await residents();
		const r = await run(['import-people', file, '--unit', QM, '--as', 'quangminh.canbo']);
		expect(r.code).toBe(0);
		expect(r.err).toContain('acting as: quangminh.canbo');
		expect(r.out).toContain('Đã nhập / imported: 4 người / residents, 2 hộ / households');
		expect(await residents()).toBe(before + 4);
		const ta = await found('ta dong');
		expect(ta.items.map((x) => [x.fullName, x.birthDate, x.villageName]).sort()).toEqual([
			['Tạ Minh Dòng', '2012-11-20', v1],
			['Tạ Thị Dòng', '1978-09-02', v1],
			['Tạ Văn Dòng', '1975-03-15', v1]
		]);
		expect(new Set(ta.items.map((x) => x.householdId)).size).toBe(1);
		expect((await found('kieu van lenh')).items.map((x) => x.villageName)).toEqual([v2]);
	});

	it('refuses a file with one bad row, names its row and reason on stderr, and writes nothing (exit 1)', async () => {
		const [v1] = await villagesOf(QM);
		const file = csv('loi.csv', [
			['Lò Văn Khẩn', '15/03/1975', 'Nam', v1!, 'K1', 'Chủ hộ', '', ''],
			['Lò Thị Khẩn', '31/02/1980', 'Nữ', v1!, 'K1', 'Vợ', '', ''],
			['Lò Văn Khẩn Con', '01/01/2010', 'Nam', v1!, 'K1', 'Con', '', '']
		]);
		const before = await residents();
		const r = await run(['import-people', file, '--unit', QM, '--as', 'quangminh.canbo']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('Không ghi dòng nào / nothing written: 1 dòng lỗi / refused rows');
		expect(r.err).toContain('dòng / row 3 · Ngày sinh: Ngày sinh “31/02/1980” không đúng. Hãy ghi ngày/tháng/năm, ví dụ 15/03/1975.');
		expect(r.out).not.toContain('Đã nhập');
		expect(await residents()).toBe(before);
		expect((await found('lo khan')).total).toBe(0);
	});

	it('refuses another commune’s unit for a Quang Minh officer, and writes nothing', async () => {
		const [y1] = await villagesOf(YL);
		const file = csv('yen-lang.csv', [['Hà Văn Ngoài', '15/03/1975', 'Nam', y1!, 'N1', 'Chủ hộ', '', '']]);
		const before = await residents();
		const r = await run(['import-people', file, '--unit', YL, '--as', 'quangminh.canbo']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('Không tìm thấy trang hoặc bản ghi bạn cần. / The page or record you asked for was not found.');
		expect(await residents()).toBe(before);
		const s = get().services;
		expect((await s.people.list(await authAs(s, 'yenlang.canbo'), { q: 'ha van ngoai' })).total).toBe(0);
	});

	it('answers a usage error (exit 2) without --unit', async () => {
		const file = csv('thieu.csv', [['Hà Văn Thiếu', '15/03/1975', 'Nam', 'Thôn 1', 'T1', 'Chủ hộ', '', '']]);
		const r = await run(['import-people', file, '--as', 'quangminh.canbo']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('cần tệp và --unit / a file and --unit are required');
		expect(r.err).toContain('Cách dùng / usage: npm run cli -- import-people');
		expect((await run(['import-people', file, '--unit', QM, '--bogus'])).code).toBe(2);
	});
});
