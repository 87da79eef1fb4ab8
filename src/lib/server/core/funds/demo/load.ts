/**
 * The demo's study-promotion funds: each commune's association branch fund, two clan funds and a
 * school's fund, with a year of donations (cash, transfers, things given in kind, one correction),
 * two pledges, a transfer between funds and the year's small expenses. Written through the funds service, so every entry is
 * chained and audited as in real use; deterministic (no randomness), so every demo reads the same.
 */
import type { AuthContext } from '../../../platform/access';
import type { Services } from '../../../app';
import { demoId } from '../../places/demo/load';

export type DemoFundKey = 'hkh-quang-minh' | 'hkh-yen-lang' | 'hkh-me-linh' | 'hkh-tien-thang' | 'ho-nguyen-dai-bai' | 'ho-tran-noi-dong' | 'thcs-quang-minh';

interface DemoFund {
	key: DemoFundKey;
	name: string;
	ownerKind: 'association_branch' | 'clan' | 'school';
	unitKey: string;
	orgKey?: string;
	description: string;
	/** how many donations the year brought */
	donations: number;
}

export const DEMO_FUNDS: DemoFund[] = [
	{ key: 'hkh-quang-minh', name: 'Quỹ Khuyến học xã Quang Minh', ownerKind: 'association_branch', unitKey: 'xa-quang-minh', description: 'Quỹ của Hội Khuyến học xã Quang Minh: học bổng cho học sinh có hoàn cảnh khó khăn, khen thưởng học sinh giỏi đầu năm học.', donations: 90 },
	{ key: 'hkh-yen-lang', name: 'Quỹ Khuyến học xã Yên Lãng', ownerKind: 'association_branch', unitKey: 'xa-yen-lang', description: 'Quỹ của Hội Khuyến học xã Yên Lãng.', donations: 60 },
	{ key: 'hkh-me-linh', name: 'Quỹ Khuyến học xã Mê Linh', ownerKind: 'association_branch', unitKey: 'xa-me-linh', description: 'Quỹ của Hội Khuyến học xã Mê Linh.', donations: 60 },
	{ key: 'hkh-tien-thang', name: 'Quỹ Khuyến học xã Tiến Thắng', ownerKind: 'association_branch', unitKey: 'xa-tien-thang', description: 'Quỹ của Hội Khuyến học xã Tiến Thắng.', donations: 50 },
	{ key: 'ho-nguyen-dai-bai', name: 'Quỹ khuyến học dòng họ Nguyễn thôn Đại Bái', ownerKind: 'clan', unitKey: 'thon-dai-bai', description: 'Quỹ khuyến học, khuyến tài của dòng họ Nguyễn, do con cháu trong họ đóng góp.', donations: 25 },
	{ key: 'ho-tran-noi-dong', name: 'Quỹ khuyến học dòng họ Trần thôn Nội Đồng', ownerKind: 'clan', unitKey: 'thon-noi-dong', description: 'Quỹ khuyến học của dòng họ Trần thôn Nội Đồng.', donations: 20 },
	{ key: 'thcs-quang-minh', name: 'Quỹ khuyến học Trường THCS Quang Minh', ownerKind: 'school', unitKey: 'xa-quang-minh', orgKey: 'thcs-quang-minh', description: 'Quỹ của Ban đại diện cha mẹ học sinh và nhà trường.', donations: 25 }
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Sơn', 'Thảo', 'Tuấn'];
const COMPANIES = ['Công ty TNHH Hoa Mê Linh', 'Hợp tác xã Nông nghiệp Quang Minh', 'Công ty Cổ phần Gạch Tiền Phong', 'Ngân hàng Nông nghiệp chi nhánh Mê Linh', 'Công ty TNHH Cơ khí Yên Lãng'];
const IN_KIND = [
	{ item: '50 bộ sách giáo khoa lớp 6', amount: 2_500_000 },
	{ item: '100 cuốn vở và 40 hộp bút', amount: 1_200_000 },
	{ item: '10 chiếc xe đạp cho học sinh đi học xa', amount: 15_000_000 },
	{ item: '2 máy tính xách tay đã qua sử dụng cho phòng học', amount: 8_000_000 }
];

/** The year's day number d (0 = 2025-12-01) as a calendar date. */
const dayOf = (d: number) => new Date(Date.UTC(2025, 11, 1) + d * 86_400_000).toISOString().slice(0, 10);

/** Loads the demo funds and their year; answers each fund's id by its key. */
export async function loadDemoFunds(s: Services, admin: AuthContext): Promise<Record<DemoFundKey, string>> {
	const ids = {} as Record<DemoFundKey, string>;
	let n = 0;
	for (const f of DEMO_FUNDS) {
		const fund = await s.funds.create(admin, { name: f.name, ownerKind: f.ownerKind, unitId: demoId(f.unitKey), orgId: f.orgKey ? demoId(f.orgKey) : undefined, description: f.description });
		ids[f.key] = fund.id;
		for (let i = 0; i < f.donations; i++, n++) {
			const on = dayOf(Math.floor((i * 353) / f.donations));
			const person = `${FAMILY[(n * 7) % FAMILY.length]} ${MIDDLE[(n * 3) % MIDDLE.length]} ${GIVEN[(n * 5) % GIVEN.length]}`;
			const clanName = f.ownerKind === 'clan' ? `${f.name.includes('Nguyễn') ? 'Nguyễn' : 'Trần'} ${MIDDLE[n % MIDDLE.length]} ${GIVEN[(n * 11) % GIVEN.length]}` : person;
			if (n % 23 === 5) {
				const k = IN_KIND[n % IN_KIND.length]!;
				await s.funds.donate(admin, fund.id, { amount: k.amount, method: 'in_kind', item: k.item, donorKind: 'organization', donorName: COMPANIES[n % COMPANIES.length], donorPublic: true, receivedOn: on });
			} else if (n % 9 === 0) {
				await s.funds.donate(admin, fund.id, { amount: 200_000 + (n % 5) * 100_000, method: 'cash', donorKind: 'anonymous', receivedOn: on });
			} else if (n % 13 === 0) {
				await s.funds.donate(admin, fund.id, { amount: 5_000_000 + (n % 4) * 5_000_000, method: 'bank_transfer', donorKind: 'organization', donorName: COMPANIES[n % COMPANIES.length], donorPublic: true, receivedOn: on });
			} else {
				const amount = [300_000, 500_000, 1_000_000, 2_000_000, 500_000, 1_500_000][n % 6]!;
				await s.funds.donate(admin, fund.id, { amount, method: n % 3 === 0 ? 'bank_transfer' : 'cash', donorKind: f.ownerKind === 'clan' ? 'person' : n % 4 === 0 ? 'household' : 'person', donorName: f.ownerKind === 'clan' ? clanName : n % 4 === 0 ? `Gia đình ông ${person}` : person, donorPublic: n % 5 !== 0, receivedOn: on });
			}
		}
		// the year's running costs: a ceremony's flowers and certificates, paid from the fund
		await s.funds.disburse(admin, fund.id, { amount: 1_200_000, purpose: 'expense', payeeName: 'Chi in giấy khen và hoa cho lễ khen thưởng', paidOn: dayOf(270) });
	}
	// one correction: a transfer typed twice, put right by its reversal
	const qm = ids['hkh-quang-minh'];
	const twice = await s.funds.donate(admin, qm, { amount: 3_000_000, method: 'bank_transfer', donorKind: 'organization', donorName: COMPANIES[1], donorPublic: true, receivedOn: dayOf(120) });
	await s.funds.reverse(admin, twice.id, { reason: 'Nhập trùng khoản chuyển khoản ngày ' + dayOf(120).split('-').reverse().join('/') + ' (đã có trong sổ)' });
	// pledges made at the Week's launch: one kept in two instalments, one still coming in
	const kept = await s.funds.pledge(admin, qm, { donorKind: 'organization', donorName: COMPANIES[0], donorPublic: true, amount: 20_000_000, dueOn: dayOf(300), note: 'Cam kết tại lễ phát động Tuần lễ học tập suốt đời' });
	for (const d of [150, 260]) await s.funds.donate(admin, qm, { amount: 10_000_000, method: 'bank_transfer', pledgeId: kept.id, receivedOn: dayOf(d) });
	const coming = await s.funds.pledge(admin, qm, { donorKind: 'clan', donorName: 'Dòng họ Nguyễn Đình thôn Đại Bái', donorPublic: true, amount: 15_000_000, dueOn: dayOf(380), note: 'Ủng hộ học bổng cho học sinh nghèo vượt khó' });
	await s.funds.donate(admin, qm, { amount: 5_000_000, method: 'cash', pledgeId: coming.id, receivedOn: dayOf(280) });
	// the commune's fund helps the lower-secondary school's prize-giving
	await s.funds.transfer(admin, qm, { toFundId: ids['thcs-quang-minh'], amount: 5_000_000, movedOn: dayOf(275), note: 'Hỗ trợ Trường THCS Quang Minh khen thưởng học sinh giỏi cuối năm học' });
	return ids;
}
