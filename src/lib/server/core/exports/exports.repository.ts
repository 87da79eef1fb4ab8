/** The exports table: one row per export asked for, its progress, and its file once made. */
import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../platform/db/schema';

type DB = Kysely<Database>;
export type ExportRow = Row<'exports'>;

export const insertExport = (db: DB, row: NewRow<'exports'>) => db.insertInto('exports').values(row).execute();

export const findExport = (db: DB, id: string) => db.selectFrom('exports').selectAll().where('id', '=', id).executeTakeFirst();

export const exportsOf = (db: DB, accountId: string, limit: number) => db.selectFrom('exports').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();

/** Exports asked since `since` and not finished (older ones have stalled and do not count). */
export async function pendingCount(db: DB, accountId: string, since: string): Promise<number> {
	const r = await db.selectFrom('exports').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).where('status', 'in', ['queued', 'running']).where('created_at', '>', since).executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Taken by a run (again, after a crash: progress starts over), which names its file: false when it had finished or failed. */
export async function markRunning(db: DB, id: string, total: number, key: string, at: string): Promise<boolean> {
	const r = await db.updateTable('exports').set({ status: 'running', total_rows: total, done_rows: 0, file_key: key, started_at: at, error: null }).where('id', '=', id).where('status', 'in', ['queued', 'running']).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Progress of the run that holds the row (a run taken over by another writes nothing). */
export const setProgress = (db: DB, id: string, key: string, done: number) => db.updateTable('exports').set({ done_rows: done }).where('id', '=', id).where('status', '=', 'running').where('file_key', '=', key).execute();

/** Finished by the run that holds the row: false when another run took it over. */
export async function markDone(db: DB, id: string, f: { key: string; size: number; rows: number; at: string; expiresAt: string }): Promise<boolean> {
	const r = await db.updateTable('exports').set({ status: 'done', size_bytes: f.size, done_rows: f.rows, total_rows: f.rows, finished_at: f.at, expires_at: f.expiresAt }).where('id', '=', id).where('status', '=', 'running').where('file_key', '=', f.key).executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Whether an export row holds this stored file. */
export const holdsFile = async (db: DB, key: string) => (await db.selectFrom('exports').select('id').where('file_key', '=', key).executeTakeFirst()) !== undefined;

/** `error` is an i18n key: the requester reads it in their language. */
export const markFailed = (db: DB, id: string, error: string, at: string) => db.updateTable('exports').set({ status: 'failed', error, file_key: null, finished_at: at }).where('id', '=', id).where('status', 'in', ['queued', 'running']).execute();

/** Exports whose keeping time has passed (their files go first, then the rows). */
export const expired = (db: DB, now: string, limit: number) => db.selectFrom('exports').select(['id', 'file_key']).where('expires_at', '<', now).limit(limit).execute();

export const deleteExport = (db: DB, id: string) => db.deleteFrom('exports').where('id', '=', id).execute();
