/**
 * The demo's residents: about 60,000 people in about 16,000 households across the villages of
 * the four communes, and a few dozen clans. Deterministic (a seeded generator), illustrative:
 * family names follow their approximate national frequencies (Nguyễn ≈ 38 %, Trần ≈ 11 %,
 * Lê ≈ 9.5 %, Phạm ≈ 7 % …); given names are common ones. Nobody here is a real person.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { newId } from '../../../platform/ids';
import { normalizeVi } from '../../../platform/text';

const FAMILY: [string, number][] = [
	['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 71], ['Hoàng', 51], ['Phan', 45], ['Vũ', 39], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14],
	['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đào', 5], ['Đinh', 5], ['Trịnh', 4], ['Lương', 4], ['Mai', 3], ['Tạ', 3], ['Cao', 3], ['Chu', 3], ['Kiều', 2], ['Khuất', 2]
];
const MIDDLE_M = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thanh', 'Tiến', 'Công', 'Ngọc', 'Bá'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Mai', 'Khánh'];
const GIVEN_M = ['Hùng', 'Dũng', 'Minh', 'Nam', 'Tuấn', 'Hải', 'Long', 'Quân', 'Sơn', 'Thắng', 'Toàn', 'Trung', 'Cường', 'Đức', 'Hiếu', 'Huy', 'Khánh', 'Lâm', 'Phúc', 'Quang', 'Tâm', 'Thành', 'Việt', 'Vinh', 'An', 'Bình', 'Duy', 'Hoàng', 'Kiên', 'Nghĩa'];
const GIVEN_F = ['Lan', 'Hương', 'Hoa', 'Mai', 'Linh', 'Trang', 'Hà', 'Thảo', 'Ngọc', 'Phương', 'Thu', 'Yến', 'Hằng', 'Nga', 'Nhung', 'Oanh', 'Quyên', 'Tâm', 'Thủy', 'Vân', 'Anh', 'Chi', 'Dung', 'Giang', 'Hạnh', 'Huyền', 'Loan', 'Ly', 'My', 'Xuân'];

function rng(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface DemoResidentsResult {
	residents: number;
	households: number;
	clans: number;
}

/** Fills residents, households and clans for the given villages, in batches. */
export async function loadDemoResidents(db: Kysely<Database>, villages: { id: string; name: string }[], target = 60_000, at = '2026-01-01T00:00:00.000Z'): Promise<DemoResidentsResult> {
	const r = rng(20221001);
	const familyTotal = FAMILY.reduce((a, [, w]) => a + w, 0);
	const family = () => {
		let x = r() * familyTotal;
		for (const [name, w] of FAMILY) if ((x -= w) < 0) return name;
		return 'Nguyễn';
	};
	const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
	const date = (fromYear: number, toYear: number) => {
		const y = fromYear + Math.floor(r() * (toYear - fromYear + 1));
		const m = 1 + Math.floor(r() * 12);
		const d = 1 + Math.floor(r() * 28);
		return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	};
	const person = (surname: string, gender: 'male' | 'female') => `${surname} ${gender === 'male' ? pick(MIDDLE_M) : pick(MIDDLE_F)} ${gender === 'male' ? pick(GIVEN_M) : pick(GIVEN_F)}`;

	type R = Database['residents'];
	const households: Database['households'][] = [];
	const residents: R[] = [];
	const bySurnameVillage = new Map<string, string[]>();
	let count = 0;
	while (count < target) {
		const village = villages[households.length % villages.length]!;
		const hid = newId();
		const surname = family();
		const headGender = r() < 0.78 ? 'male' : 'female';
		const size = 1 + (r() < 0.92 ? 1 : 0) + Math.floor(r() * 4) + (r() < 0.3 ? 1 : 0); // 1–6, about 3.7 on average
		const headBirth = date(1940, 1995);
		const headYear = Number(headBirth.slice(0, 4));
		const members: { name: string; gender: 'male' | 'female'; birth: string; relation: string }[] = [{ name: person(surname, headGender), gender: headGender, birth: headBirth, relation: 'head' }];
		if (size > 1) {
			const g = headGender === 'male' ? 'female' : 'male';
			members.push({ name: person(g === 'male' ? surname : family(), g), gender: g, birth: date(headYear - 4, headYear + 5), relation: 'spouse' });
		}
		for (let i = 2; i < size; i++) {
			const g = r() < 0.51 ? 'male' : 'female';
			const youngest = Math.min(2026, headYear + 45);
			const older = r() < 0.12 && headYear > 1960;
			members.push(
				older
					? { name: person(surname, g), gender: g, birth: date(headYear - 35, headYear - 20), relation: 'parent' }
					: { name: person(surname, g), gender: g, birth: date(Math.min(headYear + 18, youngest), youngest), relation: 'child' }
			);
		}
		households.push({ id: hid, village_id: village.id, address: null, head_resident_id: null, created_at: at, updated_at: at });
		for (const m of members) {
			const id = newId();
			if (m.relation === 'head') households[households.length - 1]!.head_resident_id = id;
			residents.push({ id, full_name: m.name, birth_date: m.birth > '2026-11-01' ? '2026-01-15' : m.birth, gender: m.gender, village_id: village.id, household_id: hid, relation_to_head: m.relation, phone: null, email: null, account_id: null, status: 'active', merged_into_id: null, search_text: normalizeVi(m.name), created_at: at, updated_at: at, erased_at: null });
			const key = `${surname}|${village.id}`;
			const list = bySurnameVillage.get(key) ?? [];
			if (list.length < 400) list.push(id);
			bySurnameVillage.set(key, list);
		}
		count += members.length;
	}
	// clans: the largest family names of each commune's villages, a few dozen in all
	const clans: Database['clans'][] = [];
	const members: Database['clan_members'][] = [];
	const ranked = [...bySurnameVillage.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 36);
	for (const [key, ids] of ranked) {
		const [surname, villageId] = key.split('|') as [string, string];
		const village = villages.find((v) => v.id === villageId)!;
		const id = newId();
		const name = `Dòng họ ${surname} ${village.name.replace(/^(Thôn|Tổ dân phố|Xóm) /, '')}`;
		clans.push({ id, name, home_village_id: villageId, search_text: normalizeVi(name), created_at: at, updated_at: at });
		ids.slice(0, 120).forEach((rid, i) => members.push({ clan_id: id, resident_id: rid, role: i < 2 ? 'representative' : 'member' }));
	}
	const insert = async <T extends keyof Database>(table: T, rows: Database[T][], per: number) => {
		for (let i = 0; i < rows.length; i += per) await db.insertInto(table).values(rows.slice(i, i + per) as never).execute();
	};
	await insert('households', households, 1000);
	await insert('residents', residents, 1000);
	await insert('clans', clans, 500);
	await insert('clan_members', members, 1000);
	return { residents: residents.length, households: households.length, clans: clans.length };
}

/** Links a demo resident account to its record, as a confirmed sign-up would. */
export async function linkDemoAccount(db: Kysely<Database>, residentId: string, accountId: string): Promise<void> {
	await db.updateTable('residents').set({ account_id: accountId }).where('id', '=', residentId).execute();
}
