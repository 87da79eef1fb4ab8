/**
 * Large exports built in the background. A request checks the filters and the permission, counts
 * the rows and queues a job; the job rebuilds the requester's scope from their account (grants as
 * they are then), reads the list page by page and writes the file straight into the file store,
 * recording after each page how far it has come; the requester's page shows that progress and,
 * once done, a download kept for a day. Each kind's rows come from its own module
 * (`sources`); this module knows none of their tables. Asking and downloading are audited:
 * residents' exports are personal data leaving the platform.
 */
import type { AccessGateway, AuthContext } from '../../platform/access';
import { requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { vnMinute, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { TooLarge, type FileStore } from '../../platform/files';
import { newId, UUID_RE } from '../../platform/ids';
import type { Jobs } from '../../platform/jobs';
import { tableStream, type PagedTable, type TableFormat } from '../../platform/table-stream';
import { parseInput } from '../../platform/validation';
import { t } from '../../../i18n';
import { EXPORT_RULES, requireOwner } from './exports.policy';
import * as repo from './exports.repository';
import { exportRequest, type ExportKind, type ExportOut } from './exports.schemas';

/** A kind's rows as the requester may read them, as they stood at `asOf` (when the export was asked for). */
export type ExportSource = (auth: AuthContext, filters: unknown, asOf?: string) => Promise<PagedTable>;

export interface ExportsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	jobs: Jobs;
	/** each kind's table, read with the requester's own scope */
	sources: Record<ExportKind, ExportSource>;
	/** the requester as the job sees them: their account's grants as they are when it runs */
	authOf: (accountId: string, locale: 'vi' | 'en') => Promise<AuthContext>;
	/** the queue its jobs go to (a test that runs the builds by hand names its own) */
	queue?: string;
}

export const EXPORT_QUEUE = 'exports.build';

/** File names people recognise in their downloads folder, dated in Việt Nam time. */
const FILE_BASES: Record<ExportKind, string> = { audit: 'nhat-ky-hoat-dong', residents: 'danh-sach-nguoi-dan' };
const TITLES: Record<ExportKind, string> = { audit: 'exports.kind.audit', residents: 'exports.kind.residents' };

interface Params {
	filters: Record<string, string>;
	locale: 'vi' | 'en';
}

export function createExportsService({ db, clock, access, files, jobs, sources, authOf, queue = EXPORT_QUEUE }: ExportsDeps) {
	const k = db.kysely;
	const nowIso = () => clock.now().toISOString();

	/** Waiting or running for longer than this: its job gave up (every retry failed); it reads as failed. */
	const stalled = (r: repo.ExportRow) => (r.status === 'queued' || r.status === 'running') && clock.now().getTime() - Date.parse(r.created_at) > EXPORT_RULES.stalledMs;

	function out(row: repo.ExportRow, locale: 'vi' | 'en'): ExportOut {
		const r = stalled(row) ? { ...row, status: 'failed' as const, error: row.error ?? 'exports.error.stalled' } : row;
		const total = r.total_rows;
		const percent = r.status === 'done' ? 100 : total ? Math.min(99, Math.floor((r.done_rows * 100) / total)) : 0;
		return {
			id: r.id,
			kind: r.kind as ExportKind,
			format: r.format as TableFormat,
			status: r.status,
			totalRows: total,
			doneRows: r.done_rows,
			percent,
			fileName: r.file_name,
			sizeBytes: r.size_bytes,
			error: r.error ? t(locale, r.error) : null,
			createdAt: r.created_at,
			finishedAt: r.finished_at,
			expiresAt: r.expires_at,
			download: r.status === 'done' ? `/api/v1/exports/${r.id}/file` : null
		};
	}

	async function own(auth: AuthContext, id: string): Promise<repo.ExportRow> {
		requireActor(auth);
		const r = UUID_RE.test(id) ? await repo.findExport(k, id) : undefined;
		requireOwner(auth.actor.accountId, r);
		return r;
	}

	/** The job: the whole file again from the start (a crash midway leaves only a row to redo). */
	async function build(exportId: string): Promise<void> {
		const r = await repo.findExport(k, exportId);
		if (!r || r.status === 'done' || r.status === 'failed') return; // ran already
		const params = JSON.parse(r.params_json) as Params;
		let table: PagedTable;
		try {
			const auth = await authOf(r.account_id, params.locale);
			table = await sources[r.kind as ExportKind](auth, params.filters, r.created_at);
		} catch (e) {
			// the requester lost the grant (or the account) since asking: nothing is written
			if (e instanceof AppError) return void (await repo.markFailed(k, r.id, e.code === 'invalid' ? 'errors.invalid' : 'exports.error.no_longer_allowed', nowIso()));
			throw e;
		}
		// this run's file: its key is on the row before a byte is written, so that a crash leaves a
		// file the sweep can find; a run that finds another's key removes that file (a crashed run)
		const key = `exports/${newId()}-file.${r.format}`;
		if (r.file_key) await files.delete(r.file_key).catch(() => undefined);
		if (!(await repo.markRunning(k, r.id, table.total, key, nowIso()))) return; // finished or failed meanwhile
		const title = t(params.locale, TITLES[r.kind as ExportKind]);
		let rows = 0;
		try {
			const size = await files.putStream(
				key,
				tableStream(r.format as TableFormat, title, table, async (n) => {
					rows = n;
					await repo.setProgress(k, r.id, key, n);
				}),
				EXPORT_RULES.maxBytes
			);
			const at = clock.now();
			// only the run whose key the row holds finishes it (another run took over: its file goes)
			if (!(await repo.markDone(k, r.id, { key, size, rows, at: at.toISOString(), expiresAt: new Date(at.getTime() + EXPORT_RULES.keepMs).toISOString() }))) await files.delete(key);
		} catch (e) {
			await files.delete(key).catch(() => undefined);
			// too large is not worth trying again: say so
			if (e instanceof TooLarge) return void (await repo.markFailed(k, r.id, 'exports.error.too_large', nowIso()));
			throw e;
		}
	}

	return {
		build,

		/** Asks for an export: checked now (permission, filters), built by a job; answers it as queued. */
		async request(auth: AuthContext, input: unknown): Promise<ExportOut> {
			requireActor(auth);
			const v = parseInput(exportRequest, input);
			const rule = EXPORT_RULES.kinds[v.kind];
			const format = v.format ?? rule.formats[0]!;
			if (!(rule.formats as readonly string[]).includes(format)) throw new AppError('invalid', 'errors.invalid', { fields: { format: { key: 'exports.error.format' } } });
			access.requireAny(auth, rule.permission);
			// the filters as the list takes them, and the row count for the progress bar
			const at = clock.now();
			const table = await sources[v.kind](auth, v.filters, at.toISOString());
			if ((await repo.pendingCount(k, auth.actor.accountId, new Date(at.getTime() - EXPORT_RULES.stalledMs).toISOString())) >= EXPORT_RULES.maxPending) throw new AppError('conflict', 'exports.error.too_many');
			const stamp = vnMinute(at).replace(/[-:]/g, '').replace('T', '-');
			const row: repo.ExportRow = {
				id: newId(),
				account_id: auth.actor.accountId,
				kind: v.kind,
				format,
				params_json: JSON.stringify({ filters: v.filters, locale: auth.locale } satisfies Params),
				status: 'queued',
				total_rows: table.total,
				done_rows: 0,
				file_key: null,
				file_name: `${FILE_BASES[v.kind]}-${stamp}.${format}`,
				size_bytes: null,
				error: null,
				created_at: at.toISOString(),
				started_at: null,
				finished_at: null,
				expires_at: new Date(at.getTime() + EXPORT_RULES.keepMs).toISOString()
			};
			await transaction(db, async (trx) => {
				await repo.insertExport(trx, row);
				await recordAudit(trx, clock, auth, { action: 'export.request', entityType: 'export', entityId: row.id, after: { kind: v.kind, format, filters: v.filters, rows: table.total } });
			});
			await jobs.send(queue, { about: `Xuất tệp: ${t('vi', TITLES[v.kind])} (${table.total} dòng)`, exportId: row.id });
			return out(row, auth.locale);
		},

		/** The requester's own exports, newest first. */
		async mine(auth: AuthContext): Promise<ExportOut[]> {
			requireActor(auth);
			return (await repo.exportsOf(k, auth.actor.accountId, 20)).map((r) => out(r, auth.locale));
		},

		async get(auth: AuthContext, id: string): Promise<ExportOut> {
			return out(await own(auth, id), auth.locale);
		},

		/** The finished file, for its requester (audited: the data leaves the platform here). */
		async file(auth: AuthContext, id: string) {
			const r = await own(auth, id);
			if (r.status !== 'done' || !r.file_key) throw new AppError('conflict', 'exports.error.not_ready');
			const f = await files.open(r.file_key);
			if (!f) throw new AppError('not_found');
			await recordAudit(k, clock, auth, { action: 'export.download', entityType: 'export', entityId: r.id, note: r.kind });
			const type = r.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
			return { file: f, type, name: r.file_name, etag: `"${r.id}"` };
		},

		/** Finished files past their day, and exports never built, removed: how many. */
		async sweep(): Promise<number> {
			const gone = await repo.expired(k, nowIso(), 500);
			for (const g of gone) {
				if (g.file_key) await files.delete(g.file_key);
				await repo.deleteExport(k, g.id);
			}
			// files no export holds (a run taken over, a row gone), a day old: personal data is not kept
			const before = clock.now().getTime() - EXPORT_RULES.keepMs;
			let orphans = 0;
			for (const f of await files.list('exports')) {
				if (f.modifiedAt.getTime() >= before) continue;
				if (f.stored && (await repo.holdsFile(k, f.name))) continue;
				await files.discard(f.name);
				orphans++;
			}
			return gone.length + orphans;
		}
	};
}

export type ExportsService = ReturnType<typeof createExportsService>;
