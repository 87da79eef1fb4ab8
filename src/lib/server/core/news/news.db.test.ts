import sharp from 'sharp';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');

describeEachDatabase('news', { demo: 'no-news' }, (get) => {
	const titlesFor = async (q: string) => (await get().services.news.listPublished({ q })).items.map((i) => i.title);

	it('finds Vietnamese as people type it: without accents, any case, a partial last word', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		for (const [title, body] of [
			['Khai mạc Tuần lễ Học tập suốt đời 2026', 'Toàn xã cùng tham gia.'],
			['Đường làng thành góc đọc sách', 'Thôn Bạch Đa đặt tủ sách bên đường.'],
			['Trao học bổng khuyến học đầu năm', 'Quỹ khuyến học trao 40 suất.'],
			['Tin nội bộ chưa đăng', 'Bản nháp về học tập suốt đời.']
		] as const)
			await s.news.create(admin, { kind: 'news', title, body, status: title.startsWith('Tin nội bộ') ? 'draft' : 'published' });
		expect(await titlesFor('hoc tap suot doi')).toEqual(['Khai mạc Tuần lễ Học tập suốt đời 2026']);
		expect(await titlesFor('HỌC tap Suốt doi')).toEqual(['Khai mạc Tuần lễ Học tập suốt đời 2026']);
		expect(await titlesFor('duong lang')).toEqual(['Đường làng thành góc đọc sách']);
		expect(await titlesFor('Đường làng')).toEqual(['Đường làng thành góc đọc sách']);
		expect(await titlesFor('khuyen ho')).toEqual(['Trao học bổng khuyến học đầu năm']);
		expect(await titlesFor('bach da')).toEqual(['Đường làng thành góc đọc sách']);
		expect(await titlesFor('khong co gi nhu the')).toEqual([]);
		expect(await titlesFor('   ')).toContain('Đường làng thành góc đọc sách');
		expect(await titlesFor('"; drop table news_items; --')).toEqual([]);
		expect(await titlesFor('tin noi bo')).toEqual([]); // drafts are not public
	});

	it('ranks items carrying the exact accents typed above folded matches', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		await s.news.create(admin, { kind: 'news', title: 'Ca hát dân ca quan họ', body: 'Câu lạc bộ ca hát, ca dao, dân ca.', status: 'published' });
		await s.news.create(admin, { kind: 'news', title: 'Lớp nuôi cá an toàn', body: 'Kỹ thuật nuôi cá.', status: 'published' });
		const folded = await titlesFor('ca');
		expect(folded).toEqual(expect.arrayContaining(['Ca hát dân ca quan họ', 'Lớp nuôi cá an toàn']));
		expect((await titlesFor('cá'))[0]).toBe('Lớp nuôi cá an toàn');
		expect((await titlesFor('dân ca'))[0]).toBe('Ca hát dân ca quan họ');
	});

	it('renders Markdown without any script, event handler or javascript: link surviving', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const item = await s.news.create(admin, {
			kind: 'story',
			title: '<script>alert("tiêu đề")</script> Gương sáng',
			body: '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[bấm vào](javascript:alert(3)) và [trang Bộ](https://moet.gov.vn) **đậm**\n\n<a href="#" onclick="alert(4)">x</a>',
			status: 'published'
		});
		expect(item.bodyHtml).not.toMatch(/<script|<img/i); // no such element, only escaped text
		expect(item.bodyHtml).not.toMatch(/<[^>]*\son\w+=/i); // no event handler inside any tag
		expect(item.bodyHtml).not.toMatch(/href="javascript:/i);
		expect(item.bodyHtml).toContain('&lt;script&gt;');
		expect(item.bodyHtml).toContain('<a href="https://moet.gov.vn" rel="noopener noreferrer nofollow">trang Bộ</a>');
		expect(item.bodyHtml).toContain('<strong>đậm</strong>');
		expect(item.title).toBe('<script>alert("tiêu đề")</script> Gương sáng'); // stored as text, escaped where shown
	});

	it('publishes, unpublishes and archives with dates and audit rows', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const d = await s.news.create(qm, { kind: 'announcement', title: 'Thông báo mở lớp Kỹ năng số', body: 'Đăng ký tại nhà văn hóa.', scopeUnitId: QM });
		expect(d.status).toBe('draft');
		expect(d.publishedAt).toBeNull();
		await expect(s.news.getPublished(d.id)).rejects.toMatchObject({ code: 'not_found' });
		get().clock.advance(60_000);
		const p = await s.news.update(qm, d.id, { status: 'published' });
		expect(p.publishedAt).not.toBeNull();
		expect((await s.news.getPublished(d.id)).title).toBe('Thông báo mở lớp Kỹ năng số');
		const a = await s.news.update(qm, d.id, { status: 'archived' });
		expect(a.status).toBe('archived');
		await expect(s.news.getPublished(d.id)).rejects.toMatchObject({ code: 'not_found' });
		const log = await s.audit.list(await authAs(s, 'admin'), { entityId: d.id });
		expect(log.rows.map((r) => r.action)).toEqual(['news.archive', 'news.publish', 'news.create']);
	});

	it('keeps a Quang Minh officer to Quang Minh: other communes and the whole platform are out of reach', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const yl = await authAs(s, 'yenlang.canbo');
		const ylItem = await s.news.create(yl, { kind: 'news', title: 'Tin riêng Yên Lãng', body: 'Nội dung.', scopeUnitId: YL });
		expect((await errorOf(s.news.getManaged(qm, ylItem.id))).code).toBe('not_found');
		expect((await errorOf(s.news.update(qm, ylItem.id, { title: 'Bị sửa' }))).code).toBe('not_found');
		expect((await errorOf(s.news.create(qm, { kind: 'news', title: 'x', body: 'y', scopeUnitId: YL }))).fields.scopeUnitId?.key).toBe('errors.places.unknown_unit');
		expect((await errorOf(s.news.create(qm, { kind: 'news', title: 'x', body: 'y' }))).fields.scopeUnitId?.key).toBe('errors.news.platform_needs_global');
		const mine = await s.news.listManaged(qm, {});
		expect(mine.items.every((i) => i.scopeName === 'Xã Quang Minh')).toBe(true);
		expect(mine.items.some((i) => i.id === ylItem.id)).toBe(false);
		// a village of Quang Minh is inside the reach
		const village = (await s.places.getUnit(QM)).children[0]!;
		expect((await s.news.create(qm, { kind: 'news', title: 'Tin thôn', body: 'Nội dung.', scopeUnitId: village.id })).scopeUnitId).toBe(village.id);
		// and the public filter by commune finds items under it
		await s.news.update(qm, (await s.news.listManaged(qm, { q: 'tin thon' })).items[0]!.id, { status: 'published' });
		expect((await s.news.listPublished({ unit: QM })).items.map((i) => i.title)).toContain('Tin thôn');
		expect((await s.news.listPublished({ unit: YL })).items.map((i) => i.title)).not.toContain('Tin thôn');
		expect((await errorOf(s.news.listManaged(anonymous, {}))).code).toBe('unauthenticated');
		expect((await errorOf(s.news.listManaged(await authAs(s, 'dan.lan'), {}))).code).toBe('forbidden');
	});

	it('refuses bad input with a message per field and writes nothing', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		const before = await s.news.count();
		const e = await errorOf(s.news.create(admin, { kind: 'rumour', title: '', body: '', status: 'published', scopeUnitId: 'x', extra: 1 }));
		expect(Object.keys(e.fields).sort()).toEqual(['body', 'extra', 'kind', 'scopeUnitId', 'title']);
		expect((await errorOf(s.news.create(admin, { kind: 'news', title: 'x'.repeat(161), body: 'y' }))).fields.title?.key).toBe('errors.field.too_long');
		expect((await errorOf(s.news.listPublished({ page: 0 }))).code).toBe('invalid');
		expect((await errorOf(s.news.getPublished('nope'))).code).toBe('not_found');
		expect(await s.news.count()).toBe(before);
	});
});

describeEachDatabase('news: cover pictures', { demo: 'no-news' }, (get) => {
	const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#0b5d4b' } }).png().toBuffer().then((b) => new Uint8Array(b));

	it('keeps a checked cover as WebP at two widths, replaces it and removes it', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const item = await s.news.create(qm, { kind: 'news', title: 'Tin có ảnh', body: 'Nội dung.', scopeUnitId: QM, status: 'published' });
		const withCover = await s.news.setCover(qm, item.id, { file: await png(2400, 1200), alt: '  Lớp học   buổi tối ' });
		expect(withCover.cover).toMatchObject({ width: 1200, height: 600, thumbWidth: 480, thumbHeight: 240, alt: 'Lớp học buổi tối' });
		const key = withCover.cover!.url.replace('/files/', '');
		const stored = await s.news.file(key);
		expect((await sharp(Buffer.from(stored!)).metadata()).format).toBe('webp');
		const second = await s.news.setCover(qm, item.id, { file: await png(300, 200) });
		expect(second.cover).toMatchObject({ width: 300, height: 200 }); // never enlarged
		expect(await s.news.file(key)).toBeNull(); // the old picture is gone
		const removed = await s.news.removeCover(qm, item.id);
		expect(removed.cover).toBeNull();
		expect(await s.news.file(second.cover!.url.replace('/files/', ''))).toBeNull();
	});

	it('refuses what is not a JPEG, PNG or WebP picture, or is too large, and changes nothing', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const item = await s.news.create(qm, { kind: 'news', title: 'Tin không ảnh', body: 'Nội dung.', scopeUnitId: QM });
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');
		const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).gif().toBuffer();
		for (const [file, key] of [
			[svg, 'errors.image.type'],
			[new Uint8Array(gif), 'errors.image.type'],
			[new TextEncoder().encode('không phải ảnh'), 'errors.image.type'],
			[new Uint8Array(6 * 1024 * 1024), 'errors.image.too_large'],
			[new Uint8Array(0), 'errors.field.required'],
			[null, 'errors.field.required']
		] as const)
			expect((await errorOf(s.news.setCover(qm, item.id, { file }))).fields.file?.key).toBe(key);
		expect((await errorOf(s.news.setCover(qm, item.id, { file: await png(9000, 10) }))).fields.file?.key).toBe('errors.image.dimensions');
		expect((await s.news.getManaged(qm, item.id)).cover).toBeNull();
		const yl = await authAs(s, 'yenlang.canbo');
		expect((await errorOf(s.news.setCover(yl, item.id, { file: await png(100, 100) }))).code).toBe('not_found');
	});
});

describeEachDatabase('news: the demo desk', { demo: true }, (get) => {
	it('holds 40 items of which the public sees the published ones, findable without accents', async () => {
		const s = get().services;
		expect(await s.news.count()).toBe(40);
		const all = await s.news.listPublished({});
		expect(all.total).toBe(34);
		for (const [q, needle] of [
			['hoc tap suot doi', 'Học tập suốt đời'],
			['duong lang', 'Đường làng'],
			['khuyen ho', 'khuyến học'],
			['ky nang so', 'Kỹ năng số']
		] as const) {
			const r = await s.news.listPublished({ q });
			expect(r.items.some((i) => i.title.includes(needle)), q).toBe(true);
		}
		const qm = await s.news.listManaged(await authAs(s, 'quangminh.canbo'), {});
		expect(qm.total).toBe(8);
	});
});
