/** A deterministic corpus of news items for the search benchmark (Vietnamese words, mixed accents). */
import type SqliteDatabase from 'better-sqlite3';
import { newId } from '../src/lib/server/platform/ids';
import { lowerVi, normalizeVi } from '../src/lib/server/platform/text';

const WORDS = (
	'học tập suốt đời khuyến học khuyến tài gia đình dòng họ cộng đồng đơn vị công dân trung tâm lớp học kỹ năng số ' +
	'người cao tuổi trồng rau an toàn chăn nuôi pháp luật sức khỏe dinh dưỡng tiếng anh giao tiếp học sinh sinh viên ' +
	'thôn xóm đường làng tủ sách đọc sách thư viện học bổng quỹ trao thưởng vượt khó hiếu học tuần lễ khai mạc ' +
	'chuyển đổi số điện thoại thông minh lừa đảo qua mạng an toàn nông nghiệp vietgap hợp tác xã phụ nữ thanh niên ' +
	'mê linh quang minh yên lãng tiến thắng hà nội văn hóa thể thao nhà văn hóa ủy ban hội đoàn tình nguyện'
).split(' ');

// Function words first (the most frequent in any Vietnamese text), then the domain's words,
// then made-up syllables for the long tail; words are drawn by a Zipf law over this order.
const HEAD = 'và của các những được cho với trong đã sẽ là có một này người năm tại về đến theo từ khi cũng như để'.split(' ');
const ONSETS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RIMES = ['a', 'à', 'á', 'ả', 'ã', 'ạ', 'an', 'àn', 'ang', 'anh', 'ao', 'ay', 'âm', 'ân', 'ấp', 'e', 'em', 'en', 'ê', 'ên', 'i', 'im', 'inh', 'o', 'oa', 'oan', 'ong', 'ô', 'ông', 'ơ', 'ơn', 'u', 'um', 'ung', 'ư', 'ưng', 'ươn', 'ương', 'uy', 'yên'];
const TAIL = ONSETS.flatMap((o) => RIMES.map((r) => o + r));

function rng(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function fillNews(raw: SqliteDatabase.Database, count: number, authorId: string): void {
	const r = rng(20261129);
	const vocab = [...HEAD, ...WORDS, ...TAIL];
	// cumulative Zipf weights (s = 1.07)
	const cum: number[] = [];
	let acc = 0;
	for (let i = 0; i < vocab.length; i++) cum.push((acc += 1 / (i + 1) ** 1.07));
	const word = () => {
		const x = r() * acc;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cum[mid]! < x) lo = mid + 1;
			else hi = mid;
		}
		return vocab[lo]!;
	};
	const pick = (n: number) => Array.from({ length: n }, word).join(' ');
	const insert = raw.prepare(
		`insert into news_items (id, kind, status, title, summary, body_md, body_html, author_account_id, author_name, scope_unit_id, published_at, archived_at, created_at, updated_at, search_text, exact_text)
		 values (?, ?, 'published', ?, ?, ?, ?, ?, 'Ban biên tập', null, ?, null, ?, ?, ?, ?)`
	);
	const kinds = ['news', 'announcement', 'story'];
	const many = raw.transaction((from: number, to: number) => {
		for (let i = from; i < to; i++) {
			const title = pick(6 + Math.floor(r() * 6));
			const summary = pick(20);
			const body = pick(80);
			const at = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 6 * 365 * 86400_000)).toISOString();
			const all = `${title} ${summary} ${body}`;
			insert.run(newId(), kinds[i % 3], title, summary, body, `<p>${body}</p>`, authorId, at, at, at, normalizeVi(all), lowerVi(all));
		}
	});
	for (let i = 0; i < count; i += 5000) many(i, Math.min(count, i + 5000));
}
