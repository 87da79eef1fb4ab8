/**
 * A deterministic residents file for the import benchmark: the template's columns, households
 * of 1–6 people (one "Chủ hộ" each, in one village), Vietnamese names with accents, dates as
 * dd/mm/yyyy, about a third of the rows with a phone number and a few with an email. No two
 * rows share (folded name, birth date, village): the import refuses such duplicates, so a
 * clash draws another birth date. Nobody here is a real person.
 */
import { normalizeVi } from '../src/lib/server/platform/text';

export const IMPORT_HEADER = 'Họ và tên,Ngày sinh,Giới tính,Thôn/Tổ dân phố,Mã hộ,Quan hệ với chủ hộ,Điện thoại,Email';

// family names by approximate national frequency (per mille)
const FAMILY: [string, number][] = [
	['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 71], ['Hoàng', 51], ['Phan', 45], ['Vũ', 39], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14],
	['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đào', 5], ['Đinh', 5], ['Trịnh', 4], ['Lương', 4], ['Mai', 3], ['Tạ', 3], ['Cao', 3], ['Chu', 3], ['Kiều', 2], ['Khuất', 2]
];
const MIDDLE_M = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thanh', 'Tiến', 'Công', 'Ngọc', 'Bá', 'Duy', 'Mạnh', 'Trọng', 'Đình', 'Huy'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Mai', 'Khánh', 'Bích', 'Kim', 'Diệu', 'Thùy'];
const GIVEN_M = ['Hùng', 'Dũng', 'Minh', 'Nam', 'Tuấn', 'Hải', 'Long', 'Quân', 'Sơn', 'Thắng', 'Toàn', 'Trung', 'Cường', 'Đức', 'Hiếu', 'Huy', 'Khánh', 'Lâm', 'Phúc', 'Quang', 'Tâm', 'Thành', 'Việt', 'Vinh', 'An', 'Bình', 'Duy', 'Hoàng', 'Kiên', 'Nghĩa', 'Khoa', 'Đạt', 'Phong', 'Thịnh', 'Tùng', 'Lộc'];
const GIVEN_F = ['Lan', 'Hương', 'Hoa', 'Mai', 'Linh', 'Trang', 'Hà', 'Thảo', 'Ngọc', 'Phương', 'Thu', 'Yến', 'Hằng', 'Nga', 'Nhung', 'Oanh', 'Quyên', 'Tâm', 'Thủy', 'Vân', 'Anh', 'Chi', 'Dung', 'Giang', 'Hạnh', 'Huyền', 'Loan', 'Ly', 'My', 'Xuân', 'Trâm', 'Vy', 'Hiền', 'Thư'];
// mobile prefixes in use (Viettel, VinaPhone, MobiFone)
const PHONE_PREFIXES = ['086', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039', '088', '091', '094', '081', '082', '083', '084', '085', '089', '090', '093', '070', '076', '077', '078', '079'];
const MAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com.vn', 'outlook.com'];

/** The last birth year used, and the first: every date stays within the import's accepted range. */
const LAST_YEAR = 2025;
const FIRST_YEAR = 1925;

function rng(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

type Gender = 'Nam' | 'Nữ';
type Relation = 'Chủ hộ' | 'Vợ' | 'Chồng' | 'Con' | 'Bố' | 'Mẹ' | 'Cháu';

/** `rows` data rows (and the header) as CSV text, spread over the named villages. */
export function makeImportCsv(rows: number, villages: string[]): string {
	if (!villages.length) throw new Error('makeImportCsv: no villages');
	const r = rng(20261129);
	const familyTotal = FAMILY.reduce((a, [, w]) => a + w, 0);
	const family = () => {
		let x = r() * familyTotal;
		for (const [name, w] of FAMILY) if ((x -= w) < 0) return name;
		return 'Nguyễn';
	};
	const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
	const int = (from: number, to: number) => from + Math.floor(r() * (to - from + 1));
	const name = (surname: string, g: Gender) => `${surname} ${g === 'Nam' ? pick(MIDDLE_M) : pick(MIDDLE_F)} ${g === 'Nam' ? pick(GIVEN_M) : pick(GIVEN_F)}`;
	const date = (year: number) => {
		const y = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
		const m = int(1, 12);
		const d = int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
		return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
	};
	const phone = () => `${pick(PHONE_PREFIXES)}${int(0, 9)} ${String(int(0, 999)).padStart(3, '0')} ${String(int(0, 999)).padStart(3, '0')}`;

	const seen = new Set<string>();
	const lines: string[] = [IMPORT_HEADER];
	let count = 0;
	let household = 0;
	while (count < rows) {
		const village = pick(villages);
		const code = `H${String(++household).padStart(6, '0')}`;
		const size = Math.min(rows - count, 1 + (r() < 0.92 ? 1 : 0) + Math.floor(r() * 4) + (r() < 0.3 ? 1 : 0)); // 1–6, about 3.7 on average
		const headGender: Gender = r() < 0.78 ? 'Nam' : 'Nữ';
		const headYear = int(1945, 2000);
		const headSurname = family();
		const spouseSurname = family();
		const childSurname = headGender === 'Nam' ? headSurname : spouseSurname;

		// who lives here: the head, usually a spouse, sometimes a parent, then children and grandchildren
		const members: { relation: Relation; gender: Gender; surname: string; year: number }[] = [{ relation: 'Chủ hộ', gender: headGender, surname: headSurname, year: headYear }];
		if (size >= 2 && r() < 0.88) {
			const g: Gender = headGender === 'Nam' ? 'Nữ' : 'Nam';
			members.push({ relation: g === 'Nữ' ? 'Vợ' : 'Chồng', gender: g, surname: spouseSurname, year: headYear + int(-6, 6) });
		}
		if (members.length < size && size >= 3 && headYear >= 1960 && r() < 0.2) {
			const g: Gender = r() < 0.4 ? 'Nam' : 'Nữ';
			members.push({ relation: g === 'Nam' ? 'Bố' : 'Mẹ', gender: g, surname: g === 'Nam' ? headSurname : family(), year: headYear - int(20, 35) });
		}
		while (members.length < size) {
			const g: Gender = r() < 0.51 ? 'Nam' : 'Nữ';
			const grandchild = headYear <= 1970 && members.length >= 3 && r() < 0.5;
			const year = grandchild ? int(headYear + 42, Math.min(LAST_YEAR, headYear + 60)) : int(headYear + 20, Math.min(LAST_YEAR, headYear + 38));
			members.push({ relation: grandchild ? 'Cháu' : 'Con', gender: g, surname: childSurname, year });
		}

		for (const m of members) {
			const fullName = name(m.surname, m.gender);
			const folded = normalizeVi(fullName);
			let birth = date(m.year);
			for (let tries = 0; seen.has(`${folded}|${birth}|${village}`); tries++) {
				if (tries > 1000) throw new Error(`makeImportCsv: no free birth date for ${fullName} in ${village}`);
				birth = date(m.year + (tries >> 4));
			}
			seen.add(`${folded}|${birth}|${village}`);
			const adult = Number(birth.slice(6)) <= 2010;
			const tel = adult && r() < 0.42 ? phone() : '';
			let mail = '';
			if (adult && r() < 0.03) {
				const words = folded.split(' ');
				mail = `${words[words.length - 1]}.${words[0]}${count % 10_000}@${pick(MAIL_DOMAINS)}`;
			}
			lines.push(`${fullName},${birth},${m.gender},${village},${code},${m.relation},${tel},${mail}`);
			count++;
		}
	}
	return lines.join('\r\n').normalize('NFC') + '\r\n';
}
