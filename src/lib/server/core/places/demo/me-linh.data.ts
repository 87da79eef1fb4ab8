/**
 * Demo locality: former Huyện Mê Linh (Thành phố Hà Nội) and the four communes that replaced it
 * on 2025-07-01. Pure data; effective-dated (`from` inclusive, `until` EXCLUSIVE, null = in force).
 *
 * DATA HORIZON. The dataset starts on 2008-08-01, the day Mê Linh joined Hà Nội (Nghị quyết
 * 15/2008/QH12). A `from` of 2008-08-01 means "already in force when the dataset starts", not a
 * founding date (this applies to Hà Nội, the communes and the villages).
 *
 * CONFIRMED (by a source found while writing this file):
 * - Which old units formed each new commune, including the split parts. Source: text of Nghị quyết
 *   1656/NQ-UBTVQH15 (16/6/2025), khoản 116–121 Điều 1, as stored in GitHub repo dvhcvn/20250701,
 *   input/docs/1656_NQ-UBTVQH15.md. New communes start operating on 2025-07-01 (Điều 2 khoản 2).
 *   · Xã Mê Linh (khoản 118): all of Tráng Việt; part (area + population) of Tiền Phong, Văn Khê,
 *     Mê Linh; part of the AREA ONLY of Đại Thịnh; plus parts of Hồng Hà, Liên Hà, Liên Hồng,
 *     Liên Trung (former Đan Phượng) and Đại Mạch (former Đông Anh), not modelled here.
 *   · Xã Yên Lãng (khoản 119): all of Chu Phan, Hoàng Kim, Liên Mạc; part of Thạch Đà; part of
 *     the AREA ONLY of Văn Khê; the rest of Tiến Thịnh (part of whose area went to Xã Liên Minh,
 *     khoản 108); plus the rest of Trung Châu, Thọ Xuân, Thọ An, Hồng Hà (former Đan Phượng).
 *   · Xã Tiến Thắng (khoản 120): all of Tam Đồng, Tiến Thắng, Tự Lập; part of Đại Thịnh, Kim Hoa,
 *     Thanh Lâm; the rest of Văn Khê and of Thạch Đà.
 *   · Xã Quang Minh (khoản 121): all of thị trấn Chi Đông and thị trấn Quang Minh; the rest of
 *     Mê Linh, Tiền Phong, Đại Thịnh, Kim Hoa, Thanh Lâm.
 *   · Outside the demo (comment only): part of the area of Tiền Phong went to Xã Thiên Lộc
 *     (khoản 116), part of the area of Văn Khê to Xã Ô Diên (khoản 107), part of the area of
 *     Tiến Thịnh to Xã Liên Minh (khoản 108). Vạn Yên is not named: it had already merged.
 * - Old codes (mã ĐVHC): Hà Nội 01, Huyện Mê Linh 250, communes 08973–09022 as below. Source:
 *   daohoangson/dvhcvn data/dvhcvn.json (pre-2025 national list), cross-checked with another
 *   public copy of the list.
 * - New codes: Quang Minh 08974, Yên Lãng 08980, Tiến Thắng 08995, Mê Linh 09022. Source: two
 *   independent public post-2025 datasets found by code search (a JSON ward list and an SQL seed)
 *   that agree; not checked against the Prime Minister's decision itself — re-verify before use.
 * - Populations of Xã Quang Minh 61,008, Xã Mê Linh 64,613, Xã Yên Lãng 71,339: DOMAIN.md §2;
 *   Quang Minh's figure also in tuoitrethudo.vn ("Xã Quang Minh (mới) sẵn sàng…", 29/6/2025),
 *   which also gives its seat: the former district HQ in thôn Nội Đồng, xã Đại Thịnh.
 *   Townships Chi Đông 12,520 and Quang Minh 23,131: figures quoted from the arrangement
 *   project (baomoi.net.vn, "Xã Quang Minh: Những thông tin chi tiết sau sắp xếp").
 *
 * FROM THE BRIEF / DOMAIN.md, NOT RE-VERIFIED HERE:
 * - Vạn Yên merged into Liên Mạc with effect from 2025-01-01 (the resolution number was not found).
 *
 * ILLUSTRATIVE (invented for the demo, do not present as fact):
 * - All village / tổ dân phố names except thôn Nội Đồng (xã Đại Thịnh), and which villages of a
 *   split commune went to which new commune. Where a resolution moves only part of the AREA
 *   (no population), no village moves: the lineage row is kept, with a note.
 * - All organisations (schools, enterprises) and their names; centres, associations and People's
 *   Committees follow the standard naming pattern but are modelled, not sourced.
 */

export type DemoUnitLevel = 'province' | 'district' | 'commune' | 'village';

export interface DemoUnit {
	key: string;
	code: string | null;
	name: string;
	level: DemoUnitLevel;
	kind: string;
	from: string;
	until: string | null;
	parents: { parentKey: string; from: string; until: string | null }[];
	population?: number;
}

export interface DemoLineage {
	event: 'merge' | 'split' | 'rename' | 'transfer';
	fromKey: string;
	toKey: string;
	date: string;
	note: string;
}

export type DemoOrgKind = 'learning_centre' | 'school' | 'association_branch' | 'agency' | 'enterprise';

export interface DemoOrg {
	key: string;
	name: string;
	kind: DemoOrgKind;
	unitKey: string;
	from: string;
	until: string | null;
}

const START = '2008-08-01'; // dataset horizon; Mê Linh under Hà Nội
const VAN_YEN_MERGED = '2025-01-01';
const REFORM = '2025-07-01'; // Nghị quyết 1656/NQ-UBTVQH15 takes effect; districts abolished

// ——— province, district, new communes ———

const PROVINCE_AND_DISTRICT: DemoUnit[] = [
	{
		key: 'hn',
		code: '01',
		name: 'Thành phố Hà Nội',
		level: 'province',
		kind: 'Thành phố trực thuộc trung ương',
		from: START,
		until: null,
		parents: []
	},
	{
		key: 'huyen-me-linh',
		code: '250',
		name: 'Huyện Mê Linh',
		level: 'district',
		kind: 'Huyện',
		from: START,
		until: REFORM,
		parents: [{ parentKey: 'hn', from: START, until: REFORM }]
	}
];

function newCommune(key: string, code: string, name: string, population?: number): DemoUnit {
	const u: DemoUnit = {
		key,
		code,
		name,
		level: 'commune',
		kind: 'Xã',
		from: REFORM,
		until: null,
		parents: [{ parentKey: 'hn', from: REFORM, until: null }]
	};
	if (population !== undefined) u.population = population;
	return u;
}

const NEW_COMMUNES: DemoUnit[] = [
	newCommune('xa-quang-minh', '08974', 'Xã Quang Minh', 61008),
	newCommune('xa-me-linh', '09022', 'Xã Mê Linh', 64613),
	newCommune('xa-yen-lang', '08980', 'Xã Yên Lãng', 71339),
	newCommune('xa-tien-thang', '08995', 'Xã Tiến Thắng') // population not confirmed
];

// ——— the 18 former commune-level units of Huyện Mê Linh ———

function oldCommune(
	key: string,
	code: string,
	name: string,
	kind: 'Thị trấn' | 'Xã',
	until: string = REFORM,
	population?: number
): DemoUnit {
	const u: DemoUnit = {
		key,
		code,
		name,
		level: 'commune',
		kind,
		from: START,
		until,
		parents: [{ parentKey: 'huyen-me-linh', from: START, until }]
	};
	if (population !== undefined) u.population = population;
	return u;
}

const OLD_COMMUNES: DemoUnit[] = [
	oldCommune('tt-chi-dong', '08973', 'Thị trấn Chi Đông', 'Thị trấn', REFORM, 12520),
	oldCommune('xa-dai-thinh', '08974', 'Xã Đại Thịnh', 'Xã'),
	oldCommune('xa-kim-hoa', '08977', 'Xã Kim Hoa', 'Xã'),
	oldCommune('xa-thach-da', '08980', 'Xã Thạch Đà', 'Xã'),
	oldCommune('xa-tien-thang-cu', '08983', 'Xã Tiến Thắng', 'Xã'),
	oldCommune('xa-tu-lap', '08986', 'Xã Tự Lập', 'Xã'),
	oldCommune('tt-quang-minh-cu', '08989', 'Thị trấn Quang Minh', 'Thị trấn', REFORM, 23131),
	oldCommune('xa-thanh-lam', '08992', 'Xã Thanh Lâm', 'Xã'),
	oldCommune('xa-tam-dong', '08995', 'Xã Tam Đồng', 'Xã'),
	oldCommune('xa-lien-mac', '08998', 'Xã Liên Mạc', 'Xã'),
	oldCommune('xa-van-yen', '09001', 'Xã Vạn Yên', 'Xã', VAN_YEN_MERGED),
	oldCommune('xa-chu-phan', '09004', 'Xã Chu Phan', 'Xã'),
	oldCommune('xa-tien-thinh', '09007', 'Xã Tiến Thịnh', 'Xã'),
	oldCommune('xa-me-linh-cu', '09010', 'Xã Mê Linh', 'Xã'),
	oldCommune('xa-van-khe', '09013', 'Xã Văn Khê', 'Xã'),
	oldCommune('xa-hoang-kim', '09016', 'Xã Hoàng Kim', 'Xã'),
	oldCommune('xa-tien-phong', '09019', 'Xã Tiền Phong', 'Xã'),
	oldCommune('xa-trang-viet', '09022', 'Xã Tráng Việt', 'Xã')
];

// ——— villages (the stable leaf) ———
// [key, name, old commune, new commune]. Names are illustrative except thôn Nội Đồng.

type VillageRow = [key: string, name: string, oldKey: string, newKey: string];

const VILLAGE_ROWS: VillageRow[] = [
	// Thị trấn Quang Minh → Xã Quang Minh (whole)
	['tdp-giai-lac', 'Tổ dân phố Giai Lạc', 'tt-quang-minh-cu', 'xa-quang-minh'],
	['tdp-gia-trung', 'Tổ dân phố Gia Trung', 'tt-quang-minh-cu', 'xa-quang-minh'],
	['tdp-bach-tru', 'Tổ dân phố Bạch Trữ', 'tt-quang-minh-cu', 'xa-quang-minh'],
	['tdp-yen-thi', 'Tổ dân phố Yên Thị', 'tt-quang-minh-cu', 'xa-quang-minh'],
	// Thị trấn Chi Đông → Xã Quang Minh (whole)
	['tdp-chi-dong', 'Tổ dân phố Chi Đông', 'tt-chi-dong', 'xa-quang-minh'],
	['tdp-xuan-phuong', 'Tổ dân phố Xuân Phương', 'tt-chi-dong', 'xa-quang-minh'],
	['tdp-tan-tien', 'Tổ dân phố Tân Tiến', 'tt-chi-dong', 'xa-quang-minh'],
	// Xã Đại Thịnh → split: Quang Minh (rest), Tiến Thắng (part)
	['thon-noi-dong', 'Thôn Nội Đồng', 'xa-dai-thinh', 'xa-quang-minh'],
	['thon-dai-bai', 'Thôn Đại Bái', 'xa-dai-thinh', 'xa-quang-minh'],
	['thon-yen-phu', 'Thôn Yên Phú', 'xa-dai-thinh', 'xa-quang-minh'],
	['thon-dong-lai', 'Thôn Đông Lai', 'xa-dai-thinh', 'xa-tien-thang'],
	// Xã Kim Hoa → split: Quang Minh (rest), Tiến Thắng (part)
	['thon-bach-da', 'Thôn Bạch Đa', 'xa-kim-hoa', 'xa-quang-minh'],
	['thon-ngoc-tri', 'Thôn Ngọc Trì', 'xa-kim-hoa', 'xa-quang-minh'],
	['thon-kim-tien', 'Thôn Kim Tiền', 'xa-kim-hoa', 'xa-quang-minh'],
	['thon-gia-tan', 'Thôn Gia Tân', 'xa-kim-hoa', 'xa-tien-thang'],
	// Xã Thanh Lâm → split: Quang Minh (rest), Tiến Thắng (part)
	['thon-thanh-van', 'Thôn Thanh Vân', 'xa-thanh-lam', 'xa-quang-minh'],
	['thon-lam-ho', 'Thôn Lâm Hộ', 'xa-thanh-lam', 'xa-quang-minh'],
	['thon-dai-lam', 'Thôn Đại Lâm', 'xa-thanh-lam', 'xa-tien-thang'],
	['thon-thanh-tuoc', 'Thôn Thanh Tước', 'xa-thanh-lam', 'xa-tien-thang'],
	// Xã Mê Linh (cũ) → split: Xã Mê Linh (part), Quang Minh (rest)
	['thon-ha-loi', 'Thôn Hạ Lôi', 'xa-me-linh-cu', 'xa-me-linh'],
	['thon-yen-bai', 'Thôn Yên Bài', 'xa-me-linh-cu', 'xa-me-linh'],
	['thon-van-loi', 'Thôn Văn Lôi', 'xa-me-linh-cu', 'xa-quang-minh'],
	['thon-dong-cao', 'Thôn Đông Cao', 'xa-me-linh-cu', 'xa-quang-minh'],
	// Xã Tiền Phong → split: Xã Mê Linh (part), Quang Minh (rest)
	['thon-thuong-le', 'Thôn Thường Lệ', 'xa-tien-phong', 'xa-me-linh'],
	['thon-dai-loi', 'Thôn Đại Lợi', 'xa-tien-phong', 'xa-me-linh'],
	['thon-do-thuong', 'Thôn Do Thượng', 'xa-tien-phong', 'xa-quang-minh'],
	['thon-yen-nhan', 'Thôn Yên Nhân', 'xa-tien-phong', 'xa-quang-minh'],
	// Xã Văn Khê → split: Xã Mê Linh (part), Tiến Thắng (rest); Yên Lãng got area only
	['thon-khe-ngoai', 'Thôn Khê Ngoại', 'xa-van-khe', 'xa-me-linh'],
	['thon-bong-lai', 'Thôn Bồng Lai', 'xa-van-khe', 'xa-me-linh'],
	['thon-cu-an', 'Thôn Cư An', 'xa-van-khe', 'xa-tien-thang'],
	['thon-yen-hoi', 'Thôn Yên Hội', 'xa-van-khe', 'xa-tien-thang'],
	// Xã Tráng Việt → Xã Mê Linh (whole)
	['thon-binh-xuyen', 'Thôn Bình Xuyên', 'xa-trang-viet', 'xa-me-linh'],
	['thon-an-canh', 'Thôn An Cảnh', 'xa-trang-viet', 'xa-me-linh'],
	['thon-tan-trung', 'Thôn Tân Trung', 'xa-trang-viet', 'xa-me-linh'],
	['thon-van-quang', 'Thôn Văn Quang', 'xa-trang-viet', 'xa-me-linh'],
	// Xã Chu Phan → Xã Yên Lãng (whole)
	['thon-dam-xuyen', 'Thôn Đạm Xuyên', 'xa-chu-phan', 'xa-yen-lang'],
	['thon-phan-xa', 'Thôn Phan Xá', 'xa-chu-phan', 'xa-yen-lang'],
	['thon-hop-chau', 'Thôn Hợp Châu', 'xa-chu-phan', 'xa-yen-lang'],
	['thon-yen-diem', 'Thôn Yên Điềm', 'xa-chu-phan', 'xa-yen-lang'],
	// Xã Hoàng Kim → Xã Yên Lãng (whole)
	['thon-kim-dien', 'Thôn Kim Điền', 'xa-hoang-kim', 'xa-yen-lang'],
	['thon-hoang-xa', 'Thôn Hoàng Xá', 'xa-hoang-kim', 'xa-yen-lang'],
	['thon-ben-trung', 'Thôn Bến Trung', 'xa-hoang-kim', 'xa-yen-lang'],
	// Xã Liên Mạc → Xã Yên Lãng (whole)
	['thon-bong-mac', 'Thôn Bồng Mạc', 'xa-lien-mac', 'xa-yen-lang'],
	['thon-mac-xa', 'Thôn Mạc Xá', 'xa-lien-mac', 'xa-yen-lang'],
	['thon-co-dien', 'Thôn Cổ Điển', 'xa-lien-mac', 'xa-yen-lang'],
	['thon-lien-lac', 'Thôn Liên Lạc', 'xa-lien-mac', 'xa-yen-lang'],
	// Xã Vạn Yên → Xã Liên Mạc (2025-01-01) → Xã Yên Lãng (handled below)
	['thon-van-phuc', 'Thôn Vạn Phúc', 'xa-van-yen', 'xa-yen-lang'],
	['thon-yen-noi', 'Thôn Yên Nội', 'xa-van-yen', 'xa-yen-lang'],
	['thon-phu-da', 'Thôn Phú Đa', 'xa-van-yen', 'xa-yen-lang'],
	// Xã Tiến Thịnh → Xã Yên Lãng (all its people; part of its area went to Xã Liên Minh)
	['thon-tien-bo', 'Thôn Tiến Bộ', 'xa-tien-thinh', 'xa-yen-lang'],
	['thon-thinh-ky', 'Thôn Thịnh Kỷ', 'xa-tien-thinh', 'xa-yen-lang'],
	['thon-dong-thinh', 'Thôn Đông Thịnh', 'xa-tien-thinh', 'xa-yen-lang'],
	['thon-xuan-thinh', 'Thôn Xuân Thịnh', 'xa-tien-thinh', 'xa-yen-lang'],
	// Xã Thạch Đà → split: Yên Lãng (part), Tiến Thắng (rest)
	['thon-thach-da', 'Thôn Thạch Đà', 'xa-thach-da', 'xa-yen-lang'],
	['thon-bac-ha', 'Thôn Bắc Hạ', 'xa-thach-da', 'xa-yen-lang'],
	['thon-nam-ha', 'Thôn Nam Hạ', 'xa-thach-da', 'xa-tien-thang'],
	['thon-binh-loc', 'Thôn Bình Lộc', 'xa-thach-da', 'xa-tien-thang'],
	// Xã Tam Đồng → Xã Tiến Thắng (whole)
	['thon-dong-mac', 'Thôn Đông Mạc', 'xa-tam-dong', 'xa-tien-thang'],
	['thon-tam-xa', 'Thôn Tam Xá', 'xa-tam-dong', 'xa-tien-thang'],
	['thon-dong-nhan', 'Thôn Đồng Nhân', 'xa-tam-dong', 'xa-tien-thang'],
	['thon-hau-loc', 'Thôn Hậu Lộc', 'xa-tam-dong', 'xa-tien-thang'],
	// Xã Tiến Thắng (cũ) → Xã Tiến Thắng (whole)
	['thon-tien-thuong', 'Thôn Tiến Thượng', 'xa-tien-thang-cu', 'xa-tien-thang'],
	['thon-thang-tri', 'Thôn Thắng Trí', 'xa-tien-thang-cu', 'xa-tien-thang'],
	['thon-ha-dong', 'Thôn Hạ Đồng', 'xa-tien-thang-cu', 'xa-tien-thang'],
	['thon-xuan-hoa', 'Thôn Xuân Hòa', 'xa-tien-thang-cu', 'xa-tien-thang'],
	// Xã Tự Lập → Xã Tiến Thắng (whole)
	['thon-phu-my', 'Thôn Phú Mỹ', 'xa-tu-lap', 'xa-tien-thang'],
	['thon-tu-khoat', 'Thôn Tự Khoát', 'xa-tu-lap', 'xa-tien-thang'],
	['thon-lap-tri', 'Thôn Lập Trí', 'xa-tu-lap', 'xa-tien-thang'],
	['thon-yen-thanh', 'Thôn Yên Thành', 'xa-tu-lap', 'xa-tien-thang']
];

function village([key, name, oldKey, newKey]: VillageRow): DemoUnit {
	const parents: DemoUnit['parents'] =
		oldKey === 'xa-van-yen'
			? [
					{ parentKey: 'xa-van-yen', from: START, until: VAN_YEN_MERGED },
					{ parentKey: 'xa-lien-mac', from: VAN_YEN_MERGED, until: REFORM }
				]
			: [{ parentKey: oldKey, from: START, until: REFORM }];
	parents.push({ parentKey: newKey, from: REFORM, until: null });
	return {
		key,
		code: null,
		name,
		level: 'village',
		kind: name.startsWith('Tổ dân phố') ? 'Tổ dân phố' : 'Thôn',
		from: START,
		until: null,
		parents
	};
}

export const DEMO_UNITS: DemoUnit[] = [
	...PROVINCE_AND_DISTRICT,
	...OLD_COMMUNES,
	...NEW_COMMUNES,
	...VILLAGE_ROWS.map(village)
];

// ——— lineage ———

const NQ = 'Nghị quyết 1656/NQ-UBTVQH15';

export const DEMO_LINEAGE: DemoLineage[] = [
	{
		event: 'merge',
		fromKey: 'xa-van-yen',
		toKey: 'xa-lien-mac',
		date: VAN_YEN_MERGED,
		note: 'Nhập toàn bộ xã Vạn Yên vào xã Liên Mạc; các thôn của Vạn Yên thuộc xã Liên Mạc.'
	},
	// Xã Quang Minh (khoản 121)
	{ event: 'merge', fromKey: 'tt-quang-minh-cu', toKey: 'xa-quang-minh', date: REFORM, note: `Toàn bộ diện tích, dân số thị trấn Quang Minh vào xã Quang Minh (${NQ}, khoản 121).` },
	{ event: 'merge', fromKey: 'tt-chi-dong', toKey: 'xa-quang-minh', date: REFORM, note: `Toàn bộ diện tích, dân số thị trấn Chi Đông vào xã Quang Minh (${NQ}, khoản 121).` },
	// Xã Mê Linh (khoản 118)
	{ event: 'merge', fromKey: 'xa-trang-viet', toKey: 'xa-me-linh', date: REFORM, note: `Toàn bộ diện tích, dân số xã Tráng Việt vào xã Mê Linh (${NQ}, khoản 118).` },
	// Xã Yên Lãng (khoản 119)
	{ event: 'merge', fromKey: 'xa-chu-phan', toKey: 'xa-yen-lang', date: REFORM, note: `Toàn bộ diện tích, dân số xã Chu Phan vào xã Yên Lãng (${NQ}, khoản 119).` },
	{ event: 'merge', fromKey: 'xa-hoang-kim', toKey: 'xa-yen-lang', date: REFORM, note: `Toàn bộ diện tích, dân số xã Hoàng Kim vào xã Yên Lãng (${NQ}, khoản 119).` },
	{ event: 'merge', fromKey: 'xa-lien-mac', toKey: 'xa-yen-lang', date: REFORM, note: `Toàn bộ diện tích, dân số xã Liên Mạc (gồm cả địa bàn xã Vạn Yên cũ) vào xã Yên Lãng (${NQ}, khoản 119).` },
	{ event: 'split', fromKey: 'xa-tien-thinh', toKey: 'xa-yen-lang', date: REFORM, note: `Phần còn lại của xã Tiến Thịnh (toàn bộ dân số) vào xã Yên Lãng; một phần diện tích tự nhiên đã chuyển về xã Liên Minh, ngoài phạm vi dữ liệu mẫu (${NQ}, khoản 108, 119).` },
	// Xã Tiến Thắng (khoản 120)
	{ event: 'merge', fromKey: 'xa-tam-dong', toKey: 'xa-tien-thang', date: REFORM, note: `Toàn bộ diện tích, dân số xã Tam Đồng vào xã Tiến Thắng (${NQ}, khoản 120).` },
	{ event: 'merge', fromKey: 'xa-tien-thang-cu', toKey: 'xa-tien-thang', date: REFORM, note: `Toàn bộ diện tích, dân số xã Tiến Thắng (cũ) vào xã Tiến Thắng (${NQ}, khoản 120).` },
	{ event: 'merge', fromKey: 'xa-tu-lap', toKey: 'xa-tien-thang', date: REFORM, note: `Toàn bộ diện tích, dân số xã Tự Lập vào xã Tiến Thắng (${NQ}, khoản 120).` },
	// Split communes
	{ event: 'split', fromKey: 'xa-me-linh-cu', toKey: 'xa-me-linh', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Mê Linh (cũ) vào xã Mê Linh (${NQ}, khoản 118).` },
	{ event: 'split', fromKey: 'xa-me-linh-cu', toKey: 'xa-quang-minh', date: REFORM, note: `Phần còn lại của xã Mê Linh (cũ) vào xã Quang Minh (${NQ}, khoản 121).` },
	{ event: 'split', fromKey: 'xa-tien-phong', toKey: 'xa-me-linh', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Tiền Phong vào xã Mê Linh (${NQ}, khoản 118).` },
	{ event: 'split', fromKey: 'xa-tien-phong', toKey: 'xa-quang-minh', date: REFORM, note: `Phần còn lại của xã Tiền Phong vào xã Quang Minh; một phần diện tích khác đã chuyển về xã Thiên Lộc, ngoài phạm vi dữ liệu mẫu (${NQ}, khoản 116, 121).` },
	{ event: 'split', fromKey: 'xa-van-khe', toKey: 'xa-me-linh', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Văn Khê vào xã Mê Linh (${NQ}, khoản 118).` },
	{ event: 'split', fromKey: 'xa-van-khe', toKey: 'xa-yen-lang', date: REFORM, note: `Một phần diện tích tự nhiên (không kèm dân số) của xã Văn Khê vào xã Yên Lãng; không có thôn nào chuyển theo (${NQ}, khoản 119).` },
	{ event: 'split', fromKey: 'xa-van-khe', toKey: 'xa-tien-thang', date: REFORM, note: `Phần còn lại của xã Văn Khê vào xã Tiến Thắng; một phần diện tích khác đã chuyển về xã Ô Diên, ngoài phạm vi dữ liệu mẫu (${NQ}, khoản 107, 120).` },
	{ event: 'split', fromKey: 'xa-dai-thinh', toKey: 'xa-me-linh', date: REFORM, note: `Một phần diện tích tự nhiên (không kèm dân số) của xã Đại Thịnh vào xã Mê Linh; không có thôn nào chuyển theo (${NQ}, khoản 118).` },
	{ event: 'split', fromKey: 'xa-dai-thinh', toKey: 'xa-tien-thang', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Đại Thịnh vào xã Tiến Thắng (${NQ}, khoản 120).` },
	{ event: 'split', fromKey: 'xa-dai-thinh', toKey: 'xa-quang-minh', date: REFORM, note: `Phần còn lại của xã Đại Thịnh vào xã Quang Minh (${NQ}, khoản 121).` },
	{ event: 'split', fromKey: 'xa-kim-hoa', toKey: 'xa-tien-thang', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Kim Hoa vào xã Tiến Thắng (${NQ}, khoản 120).` },
	{ event: 'split', fromKey: 'xa-kim-hoa', toKey: 'xa-quang-minh', date: REFORM, note: `Phần còn lại của xã Kim Hoa vào xã Quang Minh (${NQ}, khoản 121).` },
	{ event: 'split', fromKey: 'xa-thanh-lam', toKey: 'xa-tien-thang', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Thanh Lâm vào xã Tiến Thắng (${NQ}, khoản 120).` },
	{ event: 'split', fromKey: 'xa-thanh-lam', toKey: 'xa-quang-minh', date: REFORM, note: `Phần còn lại của xã Thanh Lâm vào xã Quang Minh (${NQ}, khoản 121).` },
	{ event: 'split', fromKey: 'xa-thach-da', toKey: 'xa-yen-lang', date: REFORM, note: `Một phần diện tích tự nhiên, dân số xã Thạch Đà vào xã Yên Lãng (${NQ}, khoản 119).` },
	{ event: 'split', fromKey: 'xa-thach-da', toKey: 'xa-tien-thang', date: REFORM, note: `Phần còn lại của xã Thạch Đà vào xã Tiến Thắng (${NQ}, khoản 120).` }
];

// ——— organisations (illustrative) ———

function org(key: string, name: string, kind: DemoOrgKind, unitKey: string): DemoOrg {
	return { key, name, kind, unitKey, from: REFORM, until: null };
}

export const DEMO_ORGS: DemoOrg[] = [
	// former district level
	{
		key: 'hkh-huyen-me-linh',
		name: 'Hội Khuyến học huyện Mê Linh',
		kind: 'association_branch',
		unitKey: 'huyen-me-linh',
		from: START,
		until: REFORM
	},

	// Xã Quang Minh
	org('ubnd-quang-minh', 'Ủy ban nhân dân xã Quang Minh', 'agency', 'xa-quang-minh'),
	org('ttht-quang-minh', 'Trung tâm học tập cộng đồng xã Quang Minh', 'learning_centre', 'xa-quang-minh'),
	org('hkh-quang-minh', 'Hội Khuyến học xã Quang Minh', 'association_branch', 'xa-quang-minh'),
	org('mn-chi-dong', 'Trường Mầm non Chi Đông', 'school', 'xa-quang-minh'),
	org('th-quang-minh-a', 'Trường Tiểu học Quang Minh A', 'school', 'xa-quang-minh'),
	org('thcs-quang-minh', 'Trường THCS Quang Minh', 'school', 'xa-quang-minh'),
	org('thpt-quang-minh', 'Trường THPT Quang Minh', 'school', 'xa-quang-minh'),
	org('dn-dien-tu-quang-minh', 'Công ty TNHH Linh kiện Điện tử Quang Minh', 'enterprise', 'xa-quang-minh'),

	// Xã Mê Linh
	org('ubnd-me-linh', 'Ủy ban nhân dân xã Mê Linh', 'agency', 'xa-me-linh'),
	org('ttht-me-linh', 'Trung tâm học tập cộng đồng xã Mê Linh', 'learning_centre', 'xa-me-linh'),
	org('hkh-me-linh', 'Hội Khuyến học xã Mê Linh', 'association_branch', 'xa-me-linh'),
	org('mn-tien-phong', 'Trường Mầm non Tiền Phong', 'school', 'xa-me-linh'),
	org('th-me-linh', 'Trường Tiểu học Mê Linh', 'school', 'xa-me-linh'),
	org('thcs-trang-viet', 'Trường THCS Tráng Việt', 'school', 'xa-me-linh'),
	org('dn-htx-hoa-me-linh', 'Hợp tác xã Hoa cây cảnh Mê Linh', 'enterprise', 'xa-me-linh'),

	// Xã Yên Lãng
	org('ubnd-yen-lang', 'Ủy ban nhân dân xã Yên Lãng', 'agency', 'xa-yen-lang'),
	org('ttht-yen-lang', 'Trung tâm học tập cộng đồng xã Yên Lãng', 'learning_centre', 'xa-yen-lang'),
	org('hkh-yen-lang', 'Hội Khuyến học xã Yên Lãng', 'association_branch', 'xa-yen-lang'),
	org('mn-hoang-kim', 'Trường Mầm non Hoàng Kim', 'school', 'xa-yen-lang'),
	org('th-lien-mac', 'Trường Tiểu học Liên Mạc', 'school', 'xa-yen-lang'),
	org('thcs-chu-phan', 'Trường THCS Chu Phan', 'school', 'xa-yen-lang'),
	org('thpt-yen-lang', 'Trường THPT Yên Lãng', 'school', 'xa-yen-lang'),

	// Xã Tiến Thắng
	org('ubnd-tien-thang', 'Ủy ban nhân dân xã Tiến Thắng', 'agency', 'xa-tien-thang'),
	org('ttht-tien-thang', 'Trung tâm học tập cộng đồng xã Tiến Thắng', 'learning_centre', 'xa-tien-thang'),
	org('hkh-tien-thang', 'Hội Khuyến học xã Tiến Thắng', 'association_branch', 'xa-tien-thang'),
	org('mn-tam-dong', 'Trường Mầm non Tam Đồng', 'school', 'xa-tien-thang'),
	org('th-tu-lap', 'Trường Tiểu học Tự Lập', 'school', 'xa-tien-thang'),
	org('thcs-tien-thang', 'Trường THCS Tiến Thắng', 'school', 'xa-tien-thang')
];
