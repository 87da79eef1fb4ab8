/** Online backup and restore of the embedded database, through SQLite's backup API. */
import SqliteDatabase from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function integrityCheck(path: string): string {
	const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
	try {
		return String(db.pragma('integrity_check', { simple: true }));
	} finally {
		db.close();
	}
}

/**
 * A consistent copy while the server keeps writing: `VACUUM INTO` reads one snapshot (a single
 * read transaction, which WAL lets writers run beside) and writes it compacted to a new file.
 * Unlike the page-copying backup API it never restarts, so a busy server cannot starve it.
 */
export async function backupSqlite(sourcePath: string, target: string): Promise<{ pages: number }> {
	if (!existsSync(sourcePath)) throw new Error(`không có cơ sở dữ liệu tại ${sourcePath} / no database at ${sourcePath}`);
	const out = resolve(target);
	if (existsSync(out)) throw new Error(`tệp ${out} đã có; hãy chọn tên khác / ${out} exists; choose another name`);
	mkdirSync(dirname(out), { recursive: true });
	const tmp = `${out}.partial`;
	rmSync(tmp, { force: true });
	const src = new SqliteDatabase(sourcePath, { fileMustExist: true });
	src.pragma('busy_timeout = 5000');
	try {
		src.prepare('VACUUM INTO ?').run(tmp);
		const copy = new SqliteDatabase(tmp, { readonly: true });
		const pages = Number(copy.pragma('page_count', { simple: true }));
		copy.close();
		const check = integrityCheck(tmp);
		if (check !== 'ok') throw new Error(`bản sao không toàn vẹn / backup failed integrity check: ${check}`);
		renameSync(tmp, out);
		return { pages };
	} finally {
		src.close();
		rmSync(tmp, { force: true });
	}
}

/**
 * Whether another connection has the database open (a running server keeps one). A database in
 * WAL mode can leave it only when no other connection has it open, so the probe asks for that
 * and puts WAL back: SQLite's own locks answer, whichever process holds them.
 */
export function inUse(path: string): boolean {
	if (!existsSync(path)) return false;
	const db = new SqliteDatabase(path, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 200');
		const mode = String(db.pragma('journal_mode = DELETE', { simple: true }));
		if (mode !== 'delete') return true;
		db.pragma('journal_mode = WAL');
		return false;
	} catch (e) {
		if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
		throw e;
	} finally {
		db.close();
	}
}

/**
 * Replaces the database's content with the backup's, after checking the backup is whole.
 * Refused while the database is in use: writes acknowledged during a restore would be lost
 * and sessions cut, so the server must be stopped first.
 */
export async function restoreSqlite(backupFile: string, targetPath: string): Promise<void> {
	const from = resolve(backupFile);
	if (!existsSync(from)) throw new Error(`không có tệp ${from} / no file ${from}`);
	let check: string;
	try {
		check = integrityCheck(from);
	} catch (e) {
		throw new Error(`${from} không phải tệp SQLite hợp lệ / is not a valid SQLite file (${(e as Error).message})`);
	}
	if (check !== 'ok') throw new Error(`bản sao hỏng, không khôi phục / backup is damaged, not restored: ${check}`);
	if (inUse(resolve(targetPath)))
		throw new Error(`cơ sở dữ liệu ${targetPath} đang được dùng (máy chủ còn chạy?): hãy dừng máy chủ rồi khôi phục lại / the database is in use (is the server running?): stop the server, then restore`);
	mkdirSync(dirname(resolve(targetPath)), { recursive: true });
	const src = new SqliteDatabase(from, { readonly: true });
	try {
		// the backup API writes into the target under SQLite's own locks, page by page
		await src.backup(resolve(targetPath));
	} finally {
		src.close();
	}
	const after = integrityCheck(targetPath);
	if (after !== 'ok') throw new Error(`khôi phục xong nhưng kiểm tra thất bại / restored but integrity check failed: ${after}`);
}
