import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases';
import { anonymous, authAs } from '../../testing/actors';
import { demoId } from './demo/load';
import { AppError } from '../../platform/errors';

const HN = demoId('hn');
const DISTRICT = demoId('huyen-me-linh');
const QM = demoId('xa-quang-minh');
const YL = demoId('xa-yen-lang');

describeEachDatabase('places', { demo: true }, (get) => {
	it('answers the tree as of a date: 18 communes, then 17, then the four new ones', async () => {
		const { places } = get().services;
		const communesUnder = async (at: string, parent: string) => (await places.tree({ at })).units.filter((u) => u.level === 'commune' && u.parentId === parent);
		expect(await communesUnder('2024-12-31', DISTRICT)).toHaveLength(18);
		expect(await communesUnder('2025-01-01', DISTRICT)).toHaveLength(17);
		expect((await communesUnder('2025-01-01', DISTRICT)).map((u) => u.name)).not.toContain('Xã Vạn Yên');
		const after = await communesUnder('2025-07-01', HN);
		expect(after.map((u) => u.name).sort()).toEqual(['Xã Mê Linh', 'Xã Quang Minh', 'Xã Tiến Thắng', 'Xã Yên Lãng']);
		expect((await places.tree({ at: '2025-07-01' })).units.some((u) => u.level === 'district')).toBe(false);
	});

	it('keeps every village in the tree on every date, under one parent', async () => {
		const { places } = get().services;
		for (const at of ['2020-01-01', '2025-03-01', '2026-11-29']) {
			const { units } = await places.tree({ at });
			const villages = units.filter((u) => u.level === 'village');
			expect(villages.length).toBeGreaterThan(40);
			expect(villages.every((v) => v.parentId !== null)).toBe(true);
		}
	});

	it('gives a unit its ancestors, children, parents over time and lineage', async () => {
		const { places } = get().services;
		const qm = await places.getUnit(QM);
		expect(qm.ancestors.map((a) => a.id)).toEqual([HN]);
		expect(qm.children.length).toBeGreaterThanOrEqual(6);
		expect(qm.lineage.filter((l) => l.toUnitId === QM).map((l) => l.fromName)).toEqual(expect.arrayContaining(['Thị trấn Quang Minh', 'Thị trấn Chi Đông']));
		const village = qm.children[0]!;
		const v = await places.getUnit(village.id);
		expect(v.parents.length).toBeGreaterThanOrEqual(2);
		const vanYen = (await places.tree({ at: '2024-06-01' })).units.find((u) => u.name === 'Xã Vạn Yên')!;
		const vy = await places.getUnit(vanYen.id);
		expect(vy.validUntil).toBe('2025-01-01');
		expect(vy.ancestors.map((a) => a.id)).toEqual([DISTRICT, HN]);
		expect(vy.lineage[0]).toMatchObject({ event: 'merge', toName: 'Xã Liên Mạc', date: '2025-01-01' });
	});

	it('rejects a bad date with a field message and an unknown unit with not_found', async () => {
		const { places } = get().services;
		await expect(places.tree({ at: '2025-02-30' })).rejects.toMatchObject({ code: 'invalid', fields: { at: { key: 'errors.field.date' } } });
		await expect(places.getUnit('00000000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'not_found' });
	});

	it('filters the console list of organisations by scope, in SQL', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const list = await s.places.listOrganizationsInScope(qm, {});
		expect(list.total).toBeGreaterThan(3);
		for (const o of list.items) expect(o.unitName).toBe('Xã Quang Minh');
		const admin = await authAs(s, 'admin');
		expect((await s.places.listOrganizationsInScope(admin, {})).total).toBeGreaterThan(list.total);
		const centre = await authAs(s, 'tienthang.ttht');
		const own = await s.places.listOrganizationsInScope(centre, {});
		expect(own.items.map((o) => o.id)).toEqual([demoId('ttht-tien-thang')]);
		await expect(s.places.listOrganizationsInScope(anonymous, {})).rejects.toMatchObject({ code: 'unauthenticated' });
		const resident = await authAs(s, 'dan.lan');
		await expect(s.places.listOrganizationsInScope(resident, {})).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('answers not_found for Yên Lãng records to a Quang Minh officer, and changes nothing', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const ylCentre = demoId('ttht-yen-lang');
		await expect(s.places.getOrganizationInScope(qm, ylCentre)).rejects.toMatchObject({ code: 'not_found' });
		await expect(s.places.updateOrganization(qm, ylCentre, { name: 'Bị sửa' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(s.places.createOrganization(qm, { name: 'Trường mới', kind: 'school', unitId: YL })).rejects.toMatchObject({ code: 'not_found' });
		expect((await s.places.getOrganization(ylCentre)).name).toBe('Trung tâm học tập cộng đồng xã Yên Lãng');
		// moving one of its own into Yên Lãng is refused as an unknown unit
		const own = demoId('ttht-quang-minh');
		await expect(s.places.updateOrganization(qm, own, { unitId: YL })).rejects.toMatchObject({ code: 'invalid', fields: { unitId: { key: 'errors.places.unknown_unit' } } });
	});

	it('lets an officer create and edit an organisation in scope, audited with before and after', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const village = (await s.places.getUnit(QM)).children[0]!;
		const created = await s.places.createOrganization(qm, { name: '  Tủ sách   cộng đồng thôn ', kind: 'association_branch', unitId: village.id, phone: '0912 345 678' });
		expect(created.name).toBe('Tủ sách cộng đồng thôn');
		const detail = await s.places.getOrganizationInScope(qm, created.id);
		expect(detail.can.update).toBe(true);
		const updated = await s.places.updateOrganization(qm, created.id, { name: 'Tủ sách thôn', email: 'TuSach@Example.org' });
		expect(updated.email).toBe('tusach@example.org');
		const admin = await authAs(s, 'admin');
		const log = await s.audit.list(admin, { entityId: created.id });
		expect(log.rows.map((r) => r.action)).toEqual(['organization.update', 'organization.create']);
		expect(JSON.parse(log.rows[0]!.before_json!).name).toBe('Tủ sách cộng đồng thôn');
		expect(log.rows[0]!.actor_label).toBe('quangminh.canbo');
	});

	it('refuses bad organisation input with a message per field and writes nothing', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const before = (await s.places.listOrganizationsInScope(qm, {})).total;
		const err = await s.places.createOrganization(qm, { name: '', kind: 'castle', unitId: 'x', email: 'not-an-email', extra: 1 }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(AppError);
		expect(Object.keys((err as AppError).fields).sort()).toEqual(['email', 'extra', 'kind', 'name', 'unitId']);
		expect((await s.places.listOrganizationsInScope(qm, {})).total).toBe(before);
	});

	it('lets an education officer of Hà Nội add a village, and nobody else', async () => {
		const s = get().services;
		const edu = await authAs(s, 'giaoduc.hanoi');
		const v = await s.places.createUnit(edu, { name: 'Thôn Mới', level: 'village', kind: 'Thôn', parentId: QM, validFrom: '2026-01-01' });
		expect(v.parentId).toBe(QM);
		const qm = await authAs(s, 'quangminh.canbo');
		await expect(s.places.createUnit(qm, { name: 'Thôn Khác', level: 'village', kind: 'Thôn', parentId: QM, validFrom: '2026-01-01' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(s.places.createUnit(edu, { name: 'Tỉnh', level: 'province', kind: 'Tỉnh', parentId: QM, validFrom: '2026-01-01' })).rejects.toMatchObject({ fields: { level: { key: 'errors.places.level_below_parent' } } });
	});

	it('ends a unit only when nothing is still under it, and closes its place in the tree', async () => {
		const s = get().services;
		const edu = await authAs(s, 'giaoduc.hanoi');
		await expect(s.places.updateUnit(edu, YL, { validUntil: '2026-12-01' })).rejects.toMatchObject({ fields: { validUntil: { key: 'errors.places.has_children' } } });
		const v = await s.places.createUnit(edu, { name: 'Thôn Tạm', level: 'village', kind: 'Thôn', parentId: YL, validFrom: '2026-01-01' });
		await s.places.updateUnit(edu, v.id, { validUntil: '2026-06-01' });
		const { units } = await s.places.tree({ at: '2026-07-01' });
		expect(units.some((u) => u.id === v.id)).toBe(false);
		const ids = new Set(units.map((u) => u.id));
		expect(units.filter((u) => u.parentId && !ids.has(u.parentId))).toEqual([]);
		expect((await s.places.tree({ at: '2026-03-01' })).units.find((u) => u.id === v.id)?.parentId).toBe(YL);
	});

	it('refuses to attach an organisation to a unit that has ended, and reads bad ids as not found', async () => {
		const s = get().services;
		const admin = await authAs(s, 'admin');
		await expect(s.places.createOrganization(admin, { name: 'Trường cũ', kind: 'school', unitId: demoId('xa-van-yen') })).rejects.toMatchObject({ fields: { unitId: { key: 'errors.places.unit_ended' } } });
		await expect(s.places.getOrganization('\u0000')).rejects.toMatchObject({ code: 'not_found' });
		await expect(s.places.getUnit("'; --")).rejects.toMatchObject({ code: 'not_found' });
	});
});
