/**
 * The demo's community bookshelves: five shelves in each of the four communes (the centre's and
 * four villages' cultural houses), 3,000 titles, 8,000 copies with their codes, about 150 readers
 * and a year of loans (most returned, some out, a few overdue). Written in batches of rows, from a
 * seeded generator: the same demo every time. A keeper (tusach.quangminh) keeps a Quang Minh shelf;
 * dan.lan has borrowed there.
 */
import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../../../platform/db/schema';
import { addDays } from '../../../platform/clock';
import { demoId } from '../../places/demo/load';
import { hashPassword } from '../../accounts/passwords';
import { CODE_ALPHABET, isbn13CheckDigit, SUBJECTS, titleKey, titleSearchText, type Subject } from '../library.rules';
import { ANIMALS, AUTHORS, CHILD_SERIES, CLASSICS, CROPS, FAMILY, GIVEN, HEALTH, LAWS, MIDDLE, PEOPLE, PUBLISHERS, SKILLS } from './books.data';

export const DEMO_TITLES = 3_000;
export const DEMO_COPIES = 8_000;
const READERS = 150;
const BATCH = 500;

function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type TitleSeed = { title: string; authors: string; publisher: string; subject: Subject; age: string };

/** 3,000 titles: the classics, the practical shelves, then series volumes. */
function titleSeeds(r: () => number): TitleSeed[] {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
	const out: TitleSeed[] = CLASSICS.map(([title, authors, publisher, subject, age]) => ({ title, authors, publisher, subject: subject as Subject, age }));
	const add = (title: string, subject: Subject, age: string, publisher: string) => out.push({ title, authors: pick(AUTHORS), publisher, subject, age });
	for (const c of CROPS) for (const a of ['Kỹ thuật trồng và chăm sóc', 'Phòng trừ sâu bệnh hại', 'Bón phân hợp lý cho', 'Thu hoạch và bảo quản', 'Sổ tay trồng', 'Trồng theo tiêu chuẩn VietGAP:']) add(`${a} ${c}`, 'farming', 'adult', 'NXB Nông nghiệp');
	for (const x of ANIMALS) for (const a of ['Kỹ thuật nuôi', 'Phòng và trị bệnh cho', 'Chuồng trại và thức ăn cho', 'Hỏi đáp về nuôi']) add(`${a} ${x}`, 'farming', 'adult', 'NXB Nông nghiệp');
	for (const l of LAWS) for (const a of ['Tìm hiểu', 'Hỏi – đáp về', 'Những điều cần biết về']) add(`${a} ${l}`, 'law', 'adult', pick(['NXB Tư pháp', 'NXB Chính trị quốc gia Sự thật']));
	for (const d of HEALTH) for (const a of ['Phòng bệnh', 'Hỏi đáp về bệnh', 'Nhận biết sớm']) add(`${a} ${d}`, 'health', 'adult', 'NXB Y học');
	for (const p of PEOPLE) for (const a of ['Chăm sóc sức khỏe', 'Dinh dưỡng cho']) add(`${a} ${p}`, 'health', 'all', pick(['NXB Y học', 'NXB Phụ nữ Việt Nam']));
	for (const s of SKILLS) for (const a of ['Kỹ năng', 'Cẩm nang']) add(`${a} ${s}`, 'skills', pick(['teen', 'adult']), pick(PUBLISHERS));
	// series in volumes, as shelves hold them, until there are 3,000
	const series: [string, Subject, string, string][] = [
		...CHILD_SERIES.map((s) => [s, 'children', 'children', 'NXB Kim Đồng'] as [string, Subject, string, string]),
		['Thần đồng đất Việt', 'children', 'children', 'NXB Trẻ'],
		['Tủ sách pháp luật cơ sở', 'law', 'adult', 'NXB Tư pháp'],
		['Tủ sách khuyến nông', 'farming', 'adult', 'NXB Nông nghiệp'],
		['Bách khoa tri thức cho thiếu niên', 'science', 'teen', 'NXB Giáo dục Việt Nam'],
		['Văn học Việt Nam hiện đại — tuyển tập', 'literature', 'adult', 'NXB Văn học'],
		['Lịch sử các triều đại Việt Nam', 'history', 'teen', 'NXB Thanh niên'],
		['Tuyển tập truyện ngắn hay', 'literature', 'adult', 'NXB Hội Nhà văn'],
		['Sổ tay sức khỏe gia đình', 'health', 'adult', 'NXB Y học']
	];
	for (let vol = 1; out.length < DEMO_TITLES; vol++)
		for (const [name, subject, age, publisher] of series) {
			if (out.length >= DEMO_TITLES) break;
			out.push({ title: `${name} — tập ${vol}`, authors: name.startsWith('Thần đồng') ? 'Lê Linh' : pick(AUTHORS), publisher, subject, age });
		}
	return out;
}

const readerName = (r: () => number) => `${FAMILY[Math.floor(r() * FAMILY.length)]} ${MIDDLE[Math.floor(r() * MIDDLE.length)]} ${GIVEN[Math.floor(r() * GIVEN.length)]}`;

async function insertAll<T extends keyof Database>(trx: Kysely<Database>, table: T, rows: NewRow<T>[]) {
	for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
}

export async function loadDemoLibrary(trx: Kysely<Database>, today: string, at: string, accounts: { keeper: string; reader: string }): Promise<{ shelves: number; titles: number; copies: number; loans: number }> {
	const r = rng(20260421);
	// shelves: the centre's and four villages' in each commune
	const shelves: NewRow<'library_shelves'>[] = [];
	for (const [key, name] of [
		['xa-quang-minh', 'Quang Minh'],
		['xa-me-linh', 'Mê Linh'],
		['xa-yen-lang', 'Yên Lãng'],
		['xa-tien-thang', 'Tiến Thắng']
	] as const) {
		const commune = demoId(key);
		const villages = await trx
			.selectFrom('unit_links as l')
			.innerJoin('admin_units as u', 'u.id', 'l.unit_id')
			.select(['u.id', 'u.name'])
			.where('l.parent_id', '=', commune)
			.where('l.valid_until', 'is', null)
			.where('u.level', '=', 'village')
			.orderBy('u.name')
			.limit(4)
			.execute();
		const centre = await trx.selectFrom('organizations').select('id').where('id', '=', demoId(`ttht-${key.slice(3)}`)).executeTakeFirst();
		shelves.push({ id: demoId(`shelf:${key}:centre`), name: `Tủ sách Trung tâm học tập cộng đồng xã ${name}`, unit_id: commune, org_id: centre?.id ?? null, address: `Trụ sở Trung tâm học tập cộng đồng xã ${name}`, hours: 'Thứ Hai – Thứ Sáu 7:30–11:00, 13:30–17:00', loan_days: 14, max_renewals: 2, hold_days: 7, status: 'open', created_at: at, updated_at: at });
		for (const v of villages) shelves.push({ id: demoId(`shelf:${v.id}`), name: `Tủ sách ${v.name}`, unit_id: v.id, org_id: null, address: `Nhà văn hóa ${v.name}`, hours: 'Tối thứ Bảy 19:00–21:00, sáng Chủ nhật 8:00–11:00', loan_days: 21, max_renewals: 1, hold_days: 7, status: 'open', created_at: at, updated_at: at });
	}
	await insertAll(trx, 'library_shelves', shelves);
	const keptShelf = shelves[1] ?? shelves[0]!;
	await trx.insertInto('library_keepers').values({ shelf_id: keptShelf.id, account_id: accounts.keeper, created_at: at }).execute();

	// titles, each with a Vietnamese ISBN (978-604-…) whose check digit is right
	const titles: NewRow<'library_titles'>[] = titleSeeds(r).map((t, i) => {
		const twelve = `978604${String(100000 + i).padStart(6, '0')}`;
		const isbn = twelve + isbn13CheckDigit(twelve);
		return { id: demoId(`title:${i}`), isbn, title: t.title, authors: t.authors, publisher: t.publisher, year: 2005 + Math.floor(r() * 21), subject: t.subject, age_group: t.age, language: 'vi', search_text: titleSearchText({ title: t.title, authors: t.authors, publisher: t.publisher, subjectLabel: SUBJECTS[t.subject], isbn }), title_key: titleKey(t.title, t.authors), status: 'active', merged_into_id: null, created_at: at, updated_at: at };
	});
	await insertAll(trx, 'library_titles', titles);

	// copies: every title somewhere, popular ones (the first hundred) on many shelves
	const codes = new Set<string>();
	const code = () => {
		for (;;) {
			let c = '';
			for (let i = 0; i < 6; i++) c += CODE_ALPHABET[Math.floor(r() * CODE_ALPHABET.length)];
			if (!codes.has(c)) return (codes.add(c), c);
		}
	};
	const copies: (NewRow<'library_copies'> & { lent?: number })[] = [];
	for (let i = 0; copies.length < DEMO_COPIES; i++) {
		const t = titles[i % titles.length]!;
		const shelf = i < titles.length ? shelves[i % shelves.length]! : shelves[Math.floor(r() * shelves.length)]!;
		copies.push({ id: demoId(`copy:${i}`), title_id: t.id!, shelf_id: shelf.id!, code: code(), status: 'available', held_for_hold_id: null, note: null, created_at: at, updated_at: at });
	}

	// readers: accounts for the demo's borrowers (one password, hashed once)
	const hash = await hashPassword('bandoc-demo-2026');
	const readers = Array.from({ length: READERS }, (_, i) => ({ id: demoId(`reader:${i}`), login: `bandoc${String(i + 1).padStart(3, '0')}`, display_name: readerName(r), email: null, password_hash: hash, status: 'active', created_at: at, updated_at: at, last_sign_in_at: null }));
	await insertAll(trx, 'accounts', readers);
	// the demo's own reader (dan.lan) borrows only at her village's shelf, as a keen reader would —
	// about twenty books a year — so her record stays one a phone can show
	const readerIds = readers.map((x) => x.id);

	// a year of loans: each copy lent from time to time, popular titles more; the latest may be out
	const loans: NewRow<'library_loans'>[] = [];
	const shelfOf = new Map(shelves.map((s) => [s.id!, s]));
	const start = addDays(today, -365);
	for (let ci = 0; ci < copies.length; ci++) {
		const c = copies[ci]!;
		const s = shelfOf.get(c.shelf_id)!;
		const popular = ci % titles.length < 150;
		// about half the copies are never lent; the others a few times
		if (!popular && r() < 0.5) continue;
		let day = Math.floor(r() * 60);
		for (;;) {
			const lentOn = addDays(start, day);
			if (lentOn > today) break;
			const keep = 5 + Math.floor(r() * 20);
			const backOn = addDays(lentOn, keep);
			const reader = c.shelf_id === keptShelf.id && r() < 0.02 ? accounts.reader : readerIds[Math.floor(r() * readerIds.length)]!;
			const out = backOn > today;
			loans.push({ id: demoId(`loan:${ci}:${day}`), copy_id: c.id!, shelf_id: c.shelf_id, title_id: c.title_id, reader_account_id: reader, lent_at: `${lentOn}T02:00:00.000Z`, lent_on: lentOn, due_on: addDays(lentOn, Number(s.loan_days)), renewals: 0, returned_at: out ? null : `${backOn}T09:00:00.000Z`, lent_by_account_id: null, returned_by_account_id: null, reminded_on: null, hidden: 0 });
			if (out) {
				c.status = 'on_loan';
				break;
			}
			day += keep + (popular ? 3 + Math.floor(r() * 20) : 30 + Math.floor(r() * 120));
		}
	}
	const challenges = demoChallenges(today, at, keptShelf.id!, copies, loans, accounts.reader, readerIds);
	await insertAll(trx, 'library_copies', copies);
	await insertAll(trx, 'library_loans', loans);
	await insertAll(trx, 'reading_challenges', challenges.rows);
	await insertAll(trx, 'reading_challenge_entries', challenges.entries);
	// a reader waits for a popular book that is out at the kept shelf
	const outHere = copies.find((c) => c.shelf_id === keptShelf.id && c.status === 'on_loan');
	if (outHere) await trx.insertInto('library_holds').values({ id: demoId('hold:demo'), title_id: outHere.title_id, shelf_id: keptShelf.id!, reader_account_id: readers[0]!.id, status: 'waiting', copy_id: null, live: 1, created_at: at, ready_at: null, closed_at: null }).execute();
	return { shelves: shelves.length, titles: titles.length, copies: copies.length, loans: loans.length };
}

/**
 * Quang Minh's reading challenges: last 21 April's (over; dan.lan read six books for it, which the
 * seed then certifies through the challenges job), last Week's across the city (over, short of its
 * goal for most), and this winter's towards the next 21 April (running; dan.lan has two so far).
 * dan.lan's books for them are copies of the kept shelf that the year's loans never touched, so
 * no copy is out twice at once.
 */
function demoChallenges(today: string, at: string, shelfId: string, copies: NewRow<'library_copies'>[], loans: NewRow<'library_loans'>[], reader: string, readers: string[]) {
	const lent = new Set(loans.map((l) => l.copy_id));
	const seen = new Set<string>();
	const spare = copies.filter((c) => c.shelf_id === shelfId && !lent.has(c.id!) && !seen.has(c.title_id) && (seen.add(c.title_id), true));
	const year = today.slice(5) >= '04-21' ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
	const weekYear = today.slice(5) >= '10-08' ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
	const bookDay = { id: demoId(`challenge:book-day:${year}`), starts_on: `${year}-03-21`, ends_on: `${year}-04-21` };
	const week = { id: demoId(`challenge:week:${weekYear}`), starts_on: `${weekYear}-10-01`, ends_on: `${weekYear}-10-07` };
	const winter = { id: demoId(`challenge:winter:${year}`), starts_on: addDays(today, -18), ends_on: `${year + 1}-04-21` };
	const borrow = (copy: NewRow<'library_copies'>, on: string, days: number) => {
		loans.push({ id: demoId(`loan:challenge:${copy.id}`), copy_id: copy.id!, shelf_id: shelfId, title_id: copy.title_id, reader_account_id: reader, lent_at: `${on}T02:00:00.000Z`, lent_on: on, due_on: addDays(on, 21), renewals: 0, returned_at: `${addDays(on, days)}T09:00:00.000Z`, lent_by_account_id: null, returned_by_account_id: null, reminded_on: null, hidden: 0 });
	};
	spare.slice(0, 6).forEach((c, i) => borrow(c, addDays(bookDay.starts_on, 1 + i * 4), 6));
	spare.slice(6, 8).forEach((c, i) => borrow(c, addDays(winter.starts_on, 1 + i * 5), 4));
	const qm = demoId('xa-quang-minh');
	const rows: NewRow<'reading_challenges'>[] = [
		{ ...bookDay, title: `Thử thách đọc sách hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam ${year}`, occasion: 'book_day', description: 'Mỗi bạn đọc mượn và đọc 5 cuốn sách ở các tủ sách cộng đồng của xã trong tháng trước ngày 21/4.', unit_id: qm, org_id: demoId('ttht-quang-minh'), goal_books: 5, status: 'open', created_by_account_id: null, created_at: at, updated_at: at },
		{ ...week, title: `Tuần lễ học tập suốt đời ${weekYear}: mỗi người đọc 3 cuốn sách`, occasion: 'week', description: 'Trong Tuần lễ hưởng ứng học tập suốt đời, mỗi người dân đọc ít nhất 3 cuốn sách mượn ở tủ sách cộng đồng.', unit_id: qm, org_id: demoId('hkh-quang-minh'), goal_books: 3, status: 'open', created_by_account_id: null, created_at: at, updated_at: at },
		{ ...winter, title: `Đọc sách mùa đông, hướng tới Ngày Sách ${year + 1}`, occasion: 'book_day', description: 'Từ nay đến ngày 21/4, mỗi gia đình cùng đọc 10 cuốn sách: truyện cho các cháu, sách làm vườn, sức khỏe, pháp luật cho người lớn.', unit_id: qm, org_id: demoId('ttht-quang-minh'), goal_books: 10, status: 'open', created_by_account_id: null, created_at: at, updated_at: at }
	];
	const entries: NewRow<'reading_challenge_entries'>[] = [];
	for (const c of rows) {
		const who = [reader, ...readers.slice(0, c.occasion === 'week' ? 40 : 25)];
		for (const [i, a] of who.entries()) entries.push({ id: demoId(`challenge-entry:${c.id}:${a}`), challenge_id: c.id!, account_id: a, joined_at: `${addDays(c.starts_on, i % 3)}T03:00:00.000Z`, reached_at: null, books: null, certificate_id: null });
	}
	return { rows, entries };
}
