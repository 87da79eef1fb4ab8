/**
 * The demo locality for the embedded database: the Mê Linh tree and demo accounts. Never run
 * against PostgreSQL by `npm start`; the CLI's `seed-demo` can load it anywhere on purpose.
 */
import type { Scope } from '../platform/access';
import { transaction } from '../platform/db';
import type { Role } from '../platform/permissions';
import type { Services } from '../app';
import { demoId, loadDemoPlaces } from '../core/places/demo/load';
import { loadDemoNews } from '../core/news/demo/load';
import { linkDemoAccount, loadDemoResidents } from '../core/people/demo/residents';
import { enrolDemoResidents, loadDemoCourses } from '../core/learning/demo/load';
import { DEMO_LESSONS } from '../core/learning/demo/lessons.data';
import { renderHandoutPdf } from '../core/learning/demo/handout.pdf';
import { loadDemoFunds } from '../core/funds/demo/load';
import { loadDemoScholarships } from '../core/funds/demo/scholarships';
import { loadDemoWeek } from '../core/campaigns/demo/week';
import { loadDemoAwards } from '../core/awards/demo/load';
import { loadDemoTitles } from '../core/titles/demo/load';
import { loadDemoLibrary } from '../core/library/demo/load';
import { todayVn } from '../platform/clock';
import { loadDemoEmulation } from '../core/emulation/demo/load';

export const DEMO_PASSWORD = 'hoctap2026';

export interface DemoAccount {
	login: string;
	displayName: string;
	role: Role;
	scope: Scope;
	description: string;
}

const unit = (key: string): Scope => ({ kind: 'unit', unitId: demoId(key) });

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{ login: 'admin', displayName: 'Quản trị hệ thống', role: 'administrator', scope: { kind: 'global' }, description: 'quản trị viên, toàn hệ thống' },
	{ login: 'quangminh.canbo', displayName: 'Nguyễn Văn Minh', role: 'commune_officer', scope: unit('xa-quang-minh'), description: 'cán bộ xã Quang Minh' },
	{ login: 'yenlang.canbo', displayName: 'Trần Thị Lãng', role: 'commune_officer', scope: unit('xa-yen-lang'), description: 'cán bộ xã Yên Lãng' },
	{ login: 'melinh.khuyenhoc', displayName: 'Lê Văn Khuyến', role: 'association_officer', scope: unit('xa-me-linh'), description: 'cán bộ Hội Khuyến học xã Mê Linh' },
	{ login: 'quangminh.khuyenhoc', displayName: 'Hoàng Thị Khuyến', role: 'association_officer', scope: unit('xa-quang-minh'), description: 'chủ tịch Hội Khuyến học xã Quang Minh' },
	{ login: 'thcs.quangminh', displayName: 'Đặng Văn Trường', role: 'school_admin', scope: { kind: 'organization', orgId: demoId('thcs-quang-minh') }, description: 'phó hiệu trưởng Trường THCS Quang Minh' },
	{ login: 'tienthang.ttht', displayName: 'Phạm Thị Thắng', role: 'centre_manager', scope: { kind: 'organization', orgId: demoId('ttht-tien-thang') }, description: 'giám đốc Trung tâm học tập cộng đồng xã Tiến Thắng' },
	{ login: 'kiemtoan', displayName: 'Đỗ Thị Kiểm', role: 'auditor', scope: { kind: 'global' }, description: 'kiểm tra viên, toàn hệ thống' },
	{ login: 'giaoduc.hanoi', displayName: 'Vũ Văn Giáo', role: 'education_officer', scope: unit('hn'), description: 'cán bộ Sở Giáo dục và Đào tạo Hà Nội' },
	{ login: 'dan.lan', displayName: 'Nguyễn Thị Lan', role: 'resident', scope: unit('xa-quang-minh'), description: 'người dân xã Quang Minh' },
	{ login: 'dan.hung', displayName: 'Trần Văn Hùng', role: 'resident', scope: unit('xa-yen-lang'), description: 'người dân xã Yên Lãng' },
	{ login: 'tusach.quangminh', displayName: 'Ngô Thị Sách', role: 'resident', scope: unit('xa-quang-minh'), description: 'người giữ tủ sách thôn, xã Quang Minh (tình nguyện viên)' },
	{ login: 'dan.mai', displayName: 'Lê Thị Mai', role: 'resident', scope: unit('xa-tien-thang'), description: 'người dân xã Tiến Thắng' }
];

/** Loads the demo when the database holds no units and no accounts; answers whether it did. */
export async function seedDemo(s: Services, opts: { news?: boolean; residents?: boolean; funds?: boolean; titles?: boolean; week?: boolean; library?: boolean; emulation?: boolean } = {}): Promise<boolean> {
	if ((await s.places.countUnits()) > 0 || !(await s.accounts.needsSetup())) return false;
	const at = s.clock.now().toISOString();
	await transaction(s.db, (trx) => loadDemoPlaces(trx, at));
	const ids: Record<string, string> = {};
	for (const a of DEMO_ACCOUNTS)
		ids[a.login] = (await s.accounts.createAccountDirect({ login: a.login, displayName: a.displayName, password: DEMO_PASSWORD, grants: [{ role: a.role, scope: a.scope }] })).id;
	if (opts.news !== false) await transaction(s.db, (trx) => loadDemoNews(trx, { id: ids['admin']!, name: 'Ban biên tập Suốt Đời' }));
	if (opts.residents !== false) {
		const villages = (await s.places.tree({})).units.filter((u) => u.level === 'village');
		await transaction(s.db, (trx) => loadDemoResidents(trx, villages, 60_000, at));
		await seedDemoAccountsOfResidents(s, ids);
	}
	// the centres' programmes for the year; places in their classes for the demo residents
	await transaction(s.db, async (trx) => {
		await loadDemoCourses(trx, at);
		if (opts.residents !== false) await enrolDemoResidents(trx, at);
	});
	// the two online courses, with their lessons and quizzes
	const admin = await s.accounts.commandLineAuth('admin');
	for (const [key, lessons] of Object.entries(DEMO_LESSONS))
		for (const { handout, ...l } of lessons) {
			const file = handout ? { name: 'so-tay-an-toan-thong-tin.pdf', body: new Blob([new Uint8Array(await renderHandoutPdf(handout))]).stream() } : null;
			await s.lessons.addLesson(admin, demoId(`course:${key}`), l, file);
		}
	// the study-promotion funds and their year of donations; a finished scholarship round paid from
	// one of them; reward regulations, the start-of-year awards paid from them, the honour board
	if (opts.funds !== false) {
		const funds = await loadDemoFunds(s, admin);
		await loadDemoScholarships(s, funds);
		await loadDemoAwards(s, admin, funds);
	}
	// learning titles: last year's cycle decided in the four communes, this year's at Quang Minh's village review
	if (opts.titles !== false) await loadDemoTitles(s);
	// the Lifelong Learning Weeks of 2025 (finished, reported) and 2026: plans, events with their
	// check-ins, the online contest's entries
	if (opts.week !== false) await loadDemoWeek(s, admin);
	// the community bookshelves: shelves in each commune, the catalog, copies and a year of loans
	if (opts.library !== false) {
		await transaction(s.db, (trx) => loadDemoLibrary(trx, todayVn(s.clock), at, { keeper: ids['tusach.quangminh']!, reader: ids['dan.lan']! }));
		// the reading challenges' readers who met their goals get their certificates, as the job gives them
		await s.library.checkChallenges(null, { overSince: '2000-01-01' });
	}
	// the schools' emulation: last school year ranked and awarded in the four communes, this year's open in Quang Minh; joint school–centre activities
	if (opts.emulation !== false) await loadDemoEmulation(s);
	return true;
}

/** Whether this database holds the demo locality (its places carry fixed demo ids). */
export async function isDemoLoaded(s: Services): Promise<boolean> {
	const hn = await s.db.kysely.selectFrom('admin_units').select('id').where('id', '=', demoId('hn')).executeTakeFirst();
	return hn !== undefined;
}

/**
 * The resident side of the demo: dan.lan's account linked to her record in Quang Minh (her
 * own record on /account), and two sign-ups waiting in Quang Minh's queue for the officer.
 */
async function seedDemoAccountsOfResidents(s: Services, ids: Record<string, string>): Promise<void> {
	const admin = await s.accounts.commandLineAuth('admin');
	const villages = (await s.places.getUnit(demoId('xa-quang-minh'))).children.filter((c) => c.level === 'village');
	const lan = await s.people.create(admin, { fullName: 'Nguyễn Thị Lan', birthDate: '1986-05-12', gender: 'female', villageId: villages[0]!.id, phone: '0912 345 001' });
	await linkDemoAccount(s.db.kysely, lan.id, ids['dan.lan']!);
	// one who is in the registry (the officer sees the exact match), one who is not yet
	const known = await s.people.list(admin, { unit: villages[1]!.id });
	const r = known.items[0]!;
	const info = { ip: 'demo', userAgent: 'demo' };
	await s.signups.signUp(info, { fullName: r.fullName, birthDate: r.birthDate, gender: r.gender, villageId: r.villageId, phone: '0912 345 002', password: 'dang-ky-demo-2026' });
	await s.signups.signUp(info, { fullName: 'Phan Thị Mới Đến', birthDate: '1999-09-09', gender: 'female', villageId: villages[2]!.id, phone: '0912 345 003', password: 'dang-ky-demo-2026' });
}
