import { expect, it } from 'vitest';
import { newId } from '../../platform/ids';
import { createJobs } from '../../platform/jobs';
import { readTable } from '../../platform/spreadsheet';
import type { PagedTable } from '../../platform/table-stream';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { until } from '../../testing/until';
import { demoId } from '../places/demo/load';
import { residentsTable } from '../people/people.export';
import type { Services } from '../../app';
import type { AuthContext } from '../../platform/access';
import { createExportsService, type ExportSource } from './exports.service';

/** The finished file's bytes, read the way the download route reads them. */
async function fileOf(s: Services, auth: AuthContext, id: string): Promise<Buffer> {
	const f = await s.exports.file(auth, id);
	return Buffer.from(await new Response(f.file.read(0, f.file.size - 1)).arrayBuffer());
}

const waitDone = async (s: Services, auth: AuthContext, id: string) => {
	await until(async () => ['done', 'failed'].includes((await s.exports.get(auth, id)).status));
	return s.exports.get(auth, id);
};

describeEachDatabase('exports: large lists built in the background', { demo: 'no-news' }, (get) => {
	it('builds an officer’s residents as .xlsx in the background with their scope only, text cells, and audits the asking and the download', async () => {
		const s = get().services;
		const officer = await authAs(s, 'quangminh.canbo');
		const admin = await authAs(s, 'admin');
		// one resident inside the officer's commune with a phone that starts with 0, one outside
		const inside = await s.people.create(admin, { fullName: 'Nguyễn Thị Xuất', birthDate: '1955-03-04', gender: 'female', villageId: demoId('thon-noi-dong'), phone: '0912345678' });
		await s.people.create(admin, { fullName: 'Trần Văn Ngoài', birthDate: '1960-01-01', gender: 'male', villageId: demoId('thon-dam-xuyen') });
		const listed = await s.people.list(officer, {});

		const asked = await s.exports.request(officer, { kind: 'residents', filters: {} });
		expect(asked).toMatchObject({ kind: 'residents', format: 'xlsx', status: 'queued', totalRows: listed.total, download: null });
		const done = await waitDone(s, officer, asked.id);
		expect(done).toMatchObject({ status: 'done', percent: 100, doneRows: listed.total, download: `/api/v1/exports/${asked.id}/file` });
		expect(done.fileName).toMatch(/^danh-sach-nguoi-dan-\d{8}-\d{4}\.xlsx$/);

		// the platform's own reader reads it back: a header, one row per resident in scope
		const table = await readTable(await fileOf(s, officer, asked.id), 'x.xlsx');
		expect(table.headers.slice(0, 3)).toEqual(['Họ và tên', 'Ngày sinh', 'Giới tính']);
		expect(table.rows).toHaveLength(listed.total);
		const row = table.rows.find((r) => r.cells[0] === 'Nguyễn Thị Xuất')!.cells;
		expect(row.slice(0, 6)).toEqual(['Nguyễn Thị Xuất', '04/03/1955', 'Nữ', 'Thôn Nội Đồng', 'Chủ hộ', '0912345678']);
		expect(table.rows.some((r) => r.cells[0] === 'Trần Văn Ngoài')).toBe(false);
		expect(inside.id).toBeTruthy();

		const log = await s.audit.list(admin, { entityId: asked.id });
		expect(log.rows.map((r) => r.action).sort()).toEqual(['export.download', 'export.request']);
	});

	it('keeps each export its requester’s, and refuses what the asker may not read, bad filters and too many at once, writing nothing', async () => {
		const s = get().services;
		const officer = await authAs(s, 'quangminh.canbo');
		const asked = await s.exports.request(officer, { kind: 'residents', format: 'csv', filters: {} });
		expect(asked.kind).toBe('residents');
		await waitDone(s, officer, asked.id);
		// another officer, even an administrator, reads it as not found; a stranger is asked to sign in
		for (const other of [await authAs(s, 'yenlang.canbo'), await authAs(s, 'admin')]) {
			expect((await errorOf(s.exports.get(other, asked.id))).code).toBe('not_found');
			expect((await errorOf(s.exports.file(other, asked.id))).code).toBe('not_found');
		}
		expect((await errorOf(s.exports.get(anonymous, asked.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.exports.request(anonymous, { kind: 'audit' }))).code).toBe('unauthenticated');
		expect((await errorOf(s.exports.get(officer, 'not-an-id'))).code).toBe('not_found');

		const before = (await s.exports.mine(officer)).length;
		// a resident may not read residents; a centre manager may not read the audit log
		expect((await errorOf(s.exports.request(await authAs(s, 'dan.lan'), { kind: 'residents' }))).code).toBe('forbidden');
		expect((await errorOf(s.exports.request(await authAs(s, 'tienthang.ttht'), { kind: 'audit' }))).code).toBe('forbidden');
		expect((await errorOf(s.exports.request(officer, { kind: 'everything' }))).code).toBe('invalid');
		expect((await errorOf(s.exports.request(officer, { kind: 'residents', format: 'pdf' }))).code).toBe('invalid');
		expect((await errorOf(s.exports.request(await authAs(s, 'kiemtoan'), { kind: 'audit', format: 'xlsx' }))).fields).toHaveProperty('format');
		expect((await errorOf(s.exports.request(officer, { kind: 'residents', filters: { unit: 'không phải mã' } }))).code).toBe('invalid');
		expect((await errorOf(s.exports.request(await authAs(s, 'kiemtoan'), { kind: 'audit', filters: { from: '2026-13-01' } }))).code).toBe('invalid');
		expect(await s.exports.mine(officer)).toHaveLength(before);
	});

	it('shows progress page by page, starts again after a crash midway, refuses a fourth waiting export, fails when the grant is gone, and sweeps files after a day', async () => {
		const ctx = get();
		const s = ctx.services;
		const admin = await authAs(s, 'admin');
		const auditor = await authAs(s, 'kiemtoan');
		// 2,500 rows of one kind in the log: three pages of a thousand
		const at = ctx.clock.now().toISOString();
		const rows = Array.from({ length: 2500 }, (_, i) => ({ id: newId(), at, actor_account_id: null, actor_label: 'bench', action: 'bench.row', entity_type: 'bench', entity_id: String(i), scope_unit_id: null, ip: null, user_agent: null, before_json: null, after_json: null, note: `dòng ${i}`, redacted_at: null }));
		for (let i = 0; i < rows.length; i += 500) await s.db.kysely.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();

		// a service whose jobs this test runs by hand, and a source that fails once, on its second page
		const jobs = createJobs(s.db);
		// a queue of its own: the suite's workers must not build these exports behind the test's back
		jobs.define('exports.build.by-hand', { retryLimit: 0, retryDelay: 1, backoff: false }, async () => undefined);
		const seen: number[] = [];
		let crash = true;
		let exportsSvc: ReturnType<typeof createExportsService> | null = null;
		const audit: ExportSource = async (auth, filters) => {
			const t = await s.audit.exportTable(auth, filters);
			return {
				...t,
				async *pages(): AsyncIterable<string[][]> {
					let n = 0;
					for await (const p of t.pages()) {
						if (n > 0) seen.push((await exportsSvc!.get(auditor, id)).percent);
						if (n === 1 && crash) {
							crash = false;
							throw new Error('the process died');
						}
						n++;
						yield p;
					}
				}
			} satisfies PagedTable;
		};
		exportsSvc = createExportsService({ db: s.db, clock: ctx.clock, access: s.access, files: s.files, jobs, sources: { audit, residents: residentsTable({ db: s.db, clock: ctx.clock, access: s.access }) }, authOf: (a, l) => s.accounts.jobAuth(a, l), queue: 'exports.build.by-hand' });
		const { id } = await exportsSvc.request(auditor, { kind: 'audit', filters: { action: 'bench.row' } });
		await expect(exportsSvc.build(id)).rejects.toThrow('the process died');
		expect((await exportsSvc.get(auditor, id)).status).toBe('running');
		await exportsSvc.build(id); // the job's retry
		const done = await exportsSvc.get(auditor, id);
		expect(done).toMatchObject({ status: 'done', totalRows: 2500, doneRows: 2500, percent: 100 });
		// the requester saw it move: 40 % after the first page, 80 % after the second
		expect(seen).toEqual([40, 40, 80]);
		const f = await exportsSvc.file(auditor, id);
		const csv = Buffer.from(await new Response(f.file.read(0, f.file.size - 1)).arrayBuffer()).toString('utf8');
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2501);
		expect(new Set(csv.split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[4])).size).toBe(2500);

		// three waiting at once is the most
		for (let i = 0; i < 3; i++) await exportsSvc.request(auditor, { kind: 'audit', filters: { action: 'bench.row' } });
		expect((await errorOf(exportsSvc.request(auditor, { kind: 'audit' }))).key).toBe('exports.error.too_many');

		// a grant revoked before the job runs: nothing written, told why
		const officer = await authAs(s, 'yenlang.canbo');
		const { id: later } = await exportsSvc.request(officer, { kind: 'residents' });
		const grant = officer.actor!.grants.find((g) => g.role === 'commune_officer')!;
		await s.accounts.revokeGrant(admin, grant.id);
		await exportsSvc.build(later);
		expect(await exportsSvc.get(officer, later)).toMatchObject({ status: 'failed', error: 'Tài khoản của bạn không còn quyền xem danh sách này nên tệp không được xuất.', download: null });

		// a process killed mid-file leaves its key on the row: the next run removes that file first
		const { id: killed } = await exportsSvc.request(admin, { kind: 'audit', filters: { action: 'bench.row' } });
		const leftover = `exports/${newId()}-file.csv`;
		await s.files.put(leftover, new TextEncoder().encode('nửa tệp'));
		await s.db.kysely.updateTable('exports').set({ status: 'running', file_key: leftover }).where('id', '=', killed).execute();
		await exportsSvc.build(killed);
		expect(await s.files.open(leftover)).toBeNull();
		expect((await exportsSvc.get(admin, killed)).status).toBe('done');

		// an export whose job gave up (every retry failed) reads as failed after two hours and no longer counts
		await s.db.kysely.updateTable('exports').set({ status: 'queued' }).where('account_id', '=', auditor.actor!.accountId).where('status', '=', 'queued').execute();
		ctx.clock.advance(3 * 3600_000);
		expect((await exportsSvc.mine(auditor)).filter((e) => e.status === 'queued' || e.status === 'running')).toEqual([]);
		expect((await exportsSvc.request(auditor, { kind: 'audit', filters: { action: 'bench.row' } })).status).toBe('queued');

		// a day later the file and its row are gone
		const key = (await s.db.kysely.selectFrom('exports').select('file_key').where('id', '=', id).executeTakeFirstOrThrow()).file_key!;
		ctx.clock.advance(25 * 3600_000);
		expect(await exportsSvc.sweep()).toBeGreaterThanOrEqual(1);
		expect(await s.files.open(key)).toBeNull();
		expect((await errorOf(exportsSvc.get(auditor, id))).code).toBe('not_found');

		// a file no export holds (a run taken over, a row gone) goes a day after it was written
		const orphan = `exports/${newId()}-file.xlsx`;
		await s.files.put(orphan, new Uint8Array([80, 75, 3, 4]));
		ctx.clock.set(new Date(Date.now() + 25 * 3600_000));
		await exportsSvc.sweep();
		expect(await s.files.open(orphan)).toBeNull();
		ctx.clock.set('2026-11-29T08:00:00.000Z');
	});
});
