/**
 * The demo's Lifelong Learning Weeks: the 2025 Week finished with every commune's report sent,
 * and the 2026 Week — the city's plan (the directives of DOMAIN.md §1), each commune's own plan
 * following it, ten events with registrations and check-ins, one online contest with a few
 * thousand entries — plus two events still to come. Plans and events go through the services (so
 * assignments are made as in real use); registrations, check-ins and contest entries are written
 * in batches. Deterministic (no randomness): every demo reads the same.
 */
import type { AuthContext } from '../../../platform/access';
import type { Services } from '../../../app';
import { transaction } from '../../../platform/db';
import type { NewRow } from '../../../platform/db/schema';
import { newId } from '../../../platform/ids';
import { demoId } from '../../places/demo/load';
import { newTicketCode } from '../../events/events.service';

const COMMUNES = ['xa-quang-minh', 'xa-me-linh', 'xa-yen-lang', 'xa-tien-thang'] as const;
const COMMUNE_NAMES: Record<(typeof COMMUNES)[number], string> = { 'xa-quang-minh': 'Quang Minh', 'xa-me-linh': 'Mê Linh', 'xa-yen-lang': 'Yên Lãng', 'xa-tien-thang': 'Tiến Thắng' };

/** The city's directives, after the 2022 opening ceremony's (DOMAIN.md §1). */
const CITY_DIRECTIVES = [
	{ title: 'Tuyên truyền chủ trương xây dựng xã hội học tập tới cán bộ, hội viên và nhân dân', actorKinds: ['front_mass_orgs', 'villages'], figures: [{ key: 'meetings', label: 'Số buổi tuyên truyền' }, { key: 'people_reached', label: 'Số người được tuyên truyền' }] },
	{ title: 'Tạo điều kiện cho cán bộ, người lao động học tập thường xuyên, bằng nhiều hình thức', actorKinds: ['agencies'], figures: [{ key: 'staff_learning', label: 'Số người tham gia học tập' }] },
	{ title: 'Chuyển đổi số trong dạy học; hướng dẫn học sinh tự học an toàn, lành mạnh trên mạng', actorKinds: ['schools'], figures: [{ key: 'pupils', label: 'Số học sinh tham gia' }, { key: 'lessons', label: 'Số tiết học chủ đề' }] },
	{ title: 'Vận động tập thể, cá nhân, dòng họ đóng góp quỹ khuyến học, khuyến tài', actorKinds: ['association'], figures: [{ key: 'donors', label: 'Số lượt ủng hộ' }, { key: 'amount', label: 'Số tiền vận động (đồng)' }] },
	{ title: 'Xây dựng chương trình học tập phù hợp địa phương; vận động sách cho tủ sách cộng đồng', actorKinds: ['learning_centres'], figures: [{ key: 'classes', label: 'Số lớp mở trong Tuần lễ' }, { key: 'books', label: 'Số sách nhận được' }] }
];

const EVENTS_2026 = [
	{ unit: 'xa-quang-minh', kind: 'opening', title: 'Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời xã Quang Minh', venue: 'Hội trường UBND xã Quang Minh', day: '2026-10-01', at: '07:30', hours: 2, capacity: 200, registered: 180, arrived: 0.85 },
	{ unit: 'xa-quang-minh', kind: 'talk', title: 'Nói chuyện chuyên đề: tự học an toàn trên mạng cho học sinh và phụ huynh', venue: 'Trường THCS Quang Minh', day: '2026-10-02', at: '14:00', hours: 2, capacity: 120, registered: 120, arrived: 0.8 },
	{ unit: 'xa-quang-minh', kind: 'book_fair', title: 'Hội sách và đổi sách cũ', venue: 'Trung tâm học tập cộng đồng xã Quang Minh', day: '2026-10-04', at: '08:00', hours: 8, capacity: 300, registered: 140, arrived: 0.7 },
	{ unit: 'xa-me-linh', kind: 'opening', title: 'Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời xã Mê Linh', venue: 'Nhà văn hóa xã Mê Linh', day: '2026-10-01', at: '08:00', hours: 2, capacity: 150, registered: 140, arrived: 0.9 },
	{ unit: 'xa-me-linh', kind: 'open_class', title: 'Lớp học mở: dùng dịch vụ công trực tuyến trên điện thoại', venue: 'Trung tâm học tập cộng đồng xã Mê Linh', day: '2026-10-03', at: '19:30', hours: 2, capacity: 40, registered: 40, arrived: 0.9 },
	{ unit: 'xa-yen-lang', kind: 'opening', title: 'Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời xã Yên Lãng', venue: 'Hội trường UBND xã Yên Lãng', day: '2026-10-01', at: '07:30', hours: 2, capacity: 200, registered: 160, arrived: 0.8 },
	{ unit: 'xa-yen-lang', kind: 'exhibition', title: 'Triển lãm mô hình học tập tiêu biểu: gia đình, dòng họ học tập', venue: 'Nhà văn hóa thôn', day: '2026-10-05', at: '08:00', hours: 6, capacity: 250, registered: 90, arrived: 0.75 },
	{ unit: 'xa-tien-thang', kind: 'opening', title: 'Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời xã Tiến Thắng', venue: 'Hội trường UBND xã Tiến Thắng', day: '2026-10-01', at: '08:00', hours: 2, capacity: 150, registered: 120, arrived: 0.85 },
	{ unit: 'xa-tien-thang', kind: 'talk', title: 'Nói chuyện: kỹ thuật trồng rau an toàn theo VietGAP', venue: 'Trung tâm học tập cộng đồng xã Tiến Thắng', day: '2026-10-06', at: '19:00', hours: 2, capacity: 80, registered: 65, arrived: 0.8 },
	{ unit: 'xa-tien-thang', kind: 'contest', title: 'Ngày hội đọc sách thiếu nhi', venue: 'Trường Tiểu học Tự Lập', day: '2026-10-07', at: '08:00', hours: 4, capacity: 150, registered: 150, arrived: 0.9 }
] as const;

const QUESTIONS = [
	{ prompt: 'Tuần lễ hưởng ứng học tập suốt đời được tổ chức hằng năm vào thời gian nào?', choices: ['Từ 1 đến 7 tháng 10', 'Từ 20 đến 26 tháng 11', 'Từ 1 đến 7 tháng 6'], answer: 0 },
	{ prompt: 'Trung tâm học tập cộng đồng được thành lập ở cấp nào?', choices: ['Cấp thôn', 'Cấp xã', 'Cấp tỉnh'], answer: 1 },
	{ prompt: 'Hội Khuyến học vận động đóng góp cho loại quỹ nào?', choices: ['Quỹ khuyến học, khuyến tài', 'Quỹ phòng chống thiên tai', 'Quỹ bảo hiểm y tế'], answer: 0 },
	{ prompt: 'Danh hiệu “Công dân học tập” được đánh giá theo thang điểm bao nhiêu?', choices: ['10 điểm', '50 điểm', '100 điểm'], answer: 2 },
	{ prompt: 'Khi học trực tuyến, việc nào sau đây giúp bảo vệ tài khoản?', choices: ['Dùng chung mật khẩu cho mọi trang', 'Không chia sẻ mã OTP cho người khác', 'Gửi mật khẩu qua tin nhắn cho bạn bè'], answer: 1 },
	{ prompt: 'Tủ sách cộng đồng thường đặt ở đâu?', choices: ['Nhà văn hóa thôn, trung tâm học tập cộng đồng', 'Chỉ ở thư viện tỉnh', 'Chỉ trong trường đại học'], answer: 0 },
	{ prompt: 'Phong trào thi đua trong trường học gắn với Tuần lễ là gì?', choices: ['“Dạy tốt, học tốt”', '“Xanh, sạch, đẹp”', '“Ngày thứ bảy tình nguyện”'], answer: 0 },
	{ prompt: 'Học tập suốt đời dành cho ai?', choices: ['Chỉ học sinh, sinh viên', 'Chỉ cán bộ, công chức', 'Mọi người, ở mọi lứa tuổi'], answer: 2 },
	{ prompt: 'Chủ đề năm 2022 của Tuần lễ nhấn mạnh điều gì?', choices: ['Chuyển đổi số phục vụ học tập suốt đời', 'Phát triển du lịch nông thôn', 'Bảo vệ nguồn nước'], answer: 0 },
	{ prompt: 'Người dân có thể tự học kỹ năng số qua đâu?', choices: ['Các khóa học trực tuyến miễn phí', 'Chỉ qua lớp học trực tiếp ở tỉnh', 'Không có cách nào'], answer: 0 },
	{ prompt: '“Gia đình học tập” được công nhận ở cấp nào đánh giá trước?', choices: ['Thôn, tổ dân phố', 'Bộ Giáo dục và Đào tạo', 'Quốc hội'], answer: 0 },
	{ prompt: 'Dòng họ học tập thường khuyến khích con cháu bằng cách nào?', choices: ['Khen thưởng con cháu học giỏi, vượt khó', 'Cấm đọc sách', 'Không quan tâm việc học'], answer: 0 }
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Sơn', 'Thảo', 'Tuấn'];
const nameOf = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]}`;
const iso = (day: string, at: string) => new Date(`${day}T${at}:00+07:00`).toISOString();

async function batches<T>(rows: T[], size: number, fn: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

async function loadWeek(s: Services, admin: AuthContext, year: 2025 | 2026): Promise<Record<string, string>> {
	const week = { year, kind: 'learning_week', startsOn: `${year}-10-01`, endsOn: `${year}-10-07`, reportDueOn: `${year}-10-15` };
	const theme = year === 2026 ? 'Học tập suốt đời trong kỷ nguyên số: mỗi người dân là một công dân học tập' : 'Học tập suốt đời — nền tảng xây dựng xã hội học tập';
	const plan = await s.campaigns.create(admin, { ...week, unitId: demoId('hn'), title: `Tuần lễ hưởng ứng học tập suốt đời năm ${year}`, theme, plan: `Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} trên địa bàn thành phố: khai mạc ở các xã, hoạt động tại trường học và trung tâm học tập cộng đồng, cuộc thi tìm hiểu trực tuyến, báo cáo kết quả trước ngày 15/10.` });
	for (const d of CITY_DIRECTIVES) await s.campaigns.addDirective(admin, plan.id, { ...d, dueOn: `${year}-10-07` });
	const ids: Record<string, string> = { city: plan.id };
	for (const c of COMMUNES) {
		const own = await s.campaigns.create(admin, { ...week, unitId: demoId(c), title: `Tuần lễ hưởng ứng học tập suốt đời xã ${COMMUNE_NAMES[c]} năm ${year}`, theme, parentCampaignId: plan.id });
		await s.campaigns.addDirective(admin, own.id, { title: `Phát thanh về Tuần lễ trên loa truyền thanh các thôn xã ${COMMUNE_NAMES[c]}`, actorKinds: ['villages'], dueOn: `${year}-10-03`, figures: [{ key: 'broadcasts', label: 'Số lần phát thanh' }] });
		ids[c] = own.id;
		// what was filed: everything in 2025; about two in three in 2026
		const status = await s.campaigns.status(admin, own.id);
		let n = 0;
		for (const a of status.items) {
			n++;
			if (year === 2026 && n % 3 === 0) continue;
			const figures = Object.fromEntries(a.directive.figures.map((f, i) => [f.key, f.key === 'amount' ? 5_000_000 * ((n % 4) + 1) : 10 + ((n * 17 + i * 31) % 190)]));
			await s.campaigns.report(admin, a.id, { status: 'done', figures, report: 'Đã triển khai theo kế hoạch.' });
		}
		if (year === 2025 || c === 'xa-quang-minh') await s.campaigns.submitReport(admin, own.id);
	}
	return ids;
}

export async function loadDemoWeek(s: Services, admin: AuthContext): Promise<void> {
	await loadWeek(s, admin, 2025);
	const w2026 = await loadWeek(s, admin, 2026);
	const k = s.db.kysely;
	const lan = await k.selectFrom('accounts').select('id').where('login', '=', 'dan.lan').executeTakeFirst();
	const lanResident = lan ? await k.selectFrom('residents').select(['id', 'full_name']).where('account_id', '=', lan.id).executeTakeFirst() : undefined;

	// ten events of the 2026 Week, with their registrations and check-ins
	const at = s.clock.now().toISOString();
	let serial = 0;
	for (const [i, e] of EVENTS_2026.entries()) {
		const ev = await s.events.create(admin, { title: e.title, kind: e.kind, venue: e.venue, startsAt: iso(e.day, e.at), endsAt: new Date(new Date(iso(e.day, e.at)).getTime() + e.hours * 3_600_000).toISOString(), capacity: e.capacity, unitId: demoId(e.unit), campaignId: w2026[e.unit] ?? null, description: 'Hoạt động trong Tuần lễ hưởng ứng học tập suốt đời năm 2026.' });
		const people = await k.selectFrom('residents as r').innerJoin('unit_links as l', 'l.unit_id', 'r.village_id').select(['r.id', 'r.full_name', 'r.account_id']).where('l.parent_id', '=', demoId(e.unit)).where('r.status', '=', 'active').orderBy('r.id').offset(i * 211).limit(e.registered).execute();
		const regs: NewRow<'event_registrations'>[] = [];
		const checks: NewRow<'event_check_ins'>[] = [];
		for (let j = 0; j < e.registered; j++) {
			const p = people[j];
			const mine = i === 0 && j === 0 && lan ? { account_id: lan.id, resident_id: lanResident?.id ?? null, name: lanResident?.full_name ?? 'Nguyễn Thị Lan' } : null;
			const id = newId();
			const created = new Date(new Date(iso(e.day, e.at)).getTime() - (10 - (j % 9)) * 86_400_000 - j * 60_000).toISOString();
			regs.push({ id, event_id: ev.id, account_id: mine?.account_id ?? p?.account_id ?? null, resident_id: mine?.resident_id ?? p?.id ?? null, name: mine?.name ?? p?.full_name ?? nameOf(serial), phone: null, email: null, status: 'registered', ticket_code: newTicketCode(), walk_in: 0, client_key: null, created_by_account_id: null, created_at: created, updated_at: created });
			serial++;
			if (j < Math.round(e.registered * e.arrived)) checks.push({ id: newId(), event_id: ev.id, registration_id: id, checked_in_at: new Date(new Date(iso(e.day, e.at)).getTime() - 20 * 60_000 + j * 9_000).toISOString(), by_account_id: null });
		}
		await transaction(s.db, async (trx) => {
			await batches(regs, 400, (c) => trx.insertInto('event_registrations').values(c).execute());
			await batches(checks, 400, (c) => trx.insertInto('event_check_ins').values(c).execute());
			await trx.updateTable('events').set({ taken_count: regs.length, updated_at: at }).where('id', '=', ev.id).execute();
		});
	}

	// two events still to come, open for registration
	const soon = (days: number) => new Date(s.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
	await s.events.create(admin, { title: 'Ngày hội đọc sách mùa đông', kind: 'book_fair', venue: 'Trung tâm học tập cộng đồng xã Quang Minh', address: 'Xã Quang Minh, Hà Nội', startsAt: `${soon(9)}T08:00`, endsAt: `${soon(9)}T11:30`, capacity: 120, unitId: demoId('xa-quang-minh'), description: 'Đổi sách cũ lấy sách mới, đọc sách cùng con, giới thiệu tủ sách cộng đồng các thôn.' });
	await s.events.create(admin, { title: 'Nói chuyện: phòng tránh lừa đảo qua mạng cho người cao tuổi', kind: 'talk', venue: 'Nhà văn hóa xã Yên Lãng', startsAt: `${soon(12)}T19:30`, endsAt: `${soon(12)}T21:00`, capacity: 60, unitId: demoId('xa-yen-lang'), description: 'Cán bộ công an xã hướng dẫn nhận biết tin nhắn, cuộc gọi lừa đảo và cách bảo vệ tài khoản ngân hàng.' });

	// the 2026 online contest, with a few thousand entries from residents across the four communes
	const contest = await s.contests.create(admin, { title: 'Cuộc thi trực tuyến tìm hiểu về học tập suốt đời năm 2026', unitId: demoId('hn'), campaignId: w2026.city, opensAt: iso('2026-10-01', '07:00'), closesAt: iso('2026-10-07', '22:00'), questionCount: 10, timeLimitSeconds: 900, prizes: 'Giải nhất: 2.000.000 đồng; hai giải nhì: 1.000.000 đồng; ba giải ba: 500.000 đồng; mười giải khuyến khích: sách.', questions: QUESTIONS });
	const bank = await k.selectFrom('contest_questions').select(['id', 'answer']).where('contest_id', '=', contest.id).orderBy('position').execute();
	const entrants = await k.selectFrom('residents').select(['id', 'full_name', 'village_id']).where('status', '=', 'active').where('account_id', 'is', null).orderBy('id').limit(3200).execute();
	const count = entrants.length || 3200;
	const attempts: NewRow<'contest_attempts'>[] = [];
	for (let i = 0; i < count; i++) {
		const p = entrants[i];
		const qs = Array.from({ length: 10 }, (_, j) => bank[(i + j * 5) % bank.length]!);
		const answers = qs.map((q, j) => ((i * 7 + j * 3 + Math.floor(i / 13)) % 10 < 5 + (i % 6) ? Number(q.answer) : (Number(q.answer) + 1) % 3));
		const started = new Date(new Date(iso('2026-10-01', '07:00')).getTime() + ((i * 97) % (6 * 86_400 + 14 * 3600)) * 1000);
		const duration = 120_000 + ((i * 7919) % 600_000);
		attempts.push({ id: newId(), contest_id: contest.id, account_id: null, resident_id: p?.id ?? null, name: p?.full_name ?? nameOf(i), unit_id: p?.village_id ?? null, question_ids: JSON.stringify(qs.map((q) => q.id)), started_at: started.toISOString(), deadline_at: new Date(started.getTime() + 900_000).toISOString(), submitted_at: new Date(started.getTime() + duration).toISOString(), answers: JSON.stringify(answers), score: answers.filter((a, j) => a === Number(qs[j]!.answer)).length, duration_ms: duration });
	}
	await transaction(s.db, (trx) => batches(attempts, 500, (c) => trx.insertInto('contest_attempts').values(c).execute()));
}
