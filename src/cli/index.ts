/**
 * The command line: npm run cli -- <command> [options]. Every command has --help.
 * Messages are Vietnamese first, then English.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildServices } from '../lib/server/app';
import { createDb, migrateToLatest, parseDatabaseUrl } from '../lib/server/platform/db';
import { isAppError } from '../lib/server/platform/errors';
import { t } from '../lib/i18n';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../lib/server/demo/seed';
import { backupSqlite, restoreSqlite } from './backup';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

interface Command {
	summary: string;
	usage: string;
	options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
	run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }): Promise<void>;
}

const url = () => process.env.DATABASE_URL;

async function withServices<T>(fn: (s: ReturnType<typeof buildServices>) => Promise<T>): Promise<T> {
	const db = createDb(url());
	let services: ReturnType<typeof buildServices> | null = null;
	try {
		await migrateToLatest(db);
		services = buildServices(db);
		return await fn(services);
	} finally {
		// what a command queued stays in the queue for the app's workers
		await services?.jobs.stop();
		await db.close();
	}
}

const COMMANDS: Record<string, Command> = {
	migrate: {
		summary: 'Cập nhật cấu trúc cơ sở dữ liệu / apply pending migrations',
		usage: 'migrate',
		async run() {
			const db = createDb(url());
			try {
				const r = await migrateToLatest(db);
				const applied = (r.results ?? []).filter((x) => x.status === 'Success').map((x) => x.migrationName);
				console.log(applied.length ? `Đã áp dụng / applied: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã mới nhất / already up to date');
			} finally {
				await db.close();
			}
		}
	},
	'create-admin': {
		summary: 'Tạo tài khoản quản trị viên / create an administrator account',
		usage: 'create-admin --login <tên> --name "<Họ và tên>" [--password <mật khẩu>] [--email <thư>]\n  Không có --password: một mật khẩu ngẫu nhiên được tạo và in ra / without --password a random one is printed.',
		options: { login: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, email: { type: 'string' } },
		async run({ values }) {
			if (!values.login || !values.name) throw new UsageError('cần --login và --name / --login and --name are required');
			const password = (values.password as string | undefined) ?? randomBytes(12).toString('base64url');
			await withServices(async (s) => {
				const r = await s.accounts.createAccountDirect({ login: String(values.login), displayName: String(values.name), password, email: (values.email as string | undefined) ?? null, grants: [{ role: 'administrator', scope: { kind: 'global' } }] });
				console.log(`Đã tạo quản trị viên / administrator created: ${r.login}`);
				if (!values.password) console.log(`Mật khẩu / password: ${password}`);
			});
		}
	},
	'seed-demo': {
		summary: 'Nạp địa bàn trình diễn Mê Linh vào cơ sở dữ liệu trống / load the demo locality into an empty database',
		usage: 'seed-demo',
		async run() {
			await withServices(async (s) => {
				if (await seedDemo(s)) {
					console.log('Đã nạp dữ liệu trình diễn / demo loaded. Tài khoản / accounts (mật khẩu / password: ' + DEMO_PASSWORD + '):');
					for (const a of DEMO_ACCOUNTS) console.log(`  ${a.login.padEnd(18)} ${a.description}`);
				} else console.log('Cơ sở dữ liệu đã có dữ liệu; không nạp / the database is not empty; nothing loaded');
			});
		}
	},
	'import-people': {
		summary: 'Nhập người dân, hộ gia đình từ tệp .xlsx hoặc .csv / import residents and households',
		usage:
			'import-people <tệp / file> --unit <mã đơn vị / unit id> [--as <tài khoản / login>] [--check]\n' +
			'  Ghi tất cả các dòng hoặc không dòng nào / writes all rows or none. --check: chỉ kiểm tra / check only.\n' +
			'  Mặc định thực hiện với quản trị viên đầu tiên / by default acts as the first administrator.',
		options: { unit: { type: 'string' }, as: { type: 'string' }, check: { type: 'boolean' } },
		async run({ values, positionals }) {
			const file = positionals[0];
			if (!file || !values.unit) throw new UsageError('cần tệp và --unit / a file and --unit are required');
			const bytes = new Uint8Array(await readFile(file));
			await withServices(async (s) => {
				const auth = await s.accounts.commandLineAuth(values.as as string | undefined);
				console.error(`Thực hiện với tài khoản / acting as: ${auth.actor!.login}`);
				let shown = -1;
				const r = await s.imports.importFile(auth, {
					unitId: values.unit,
					fileName: basename(file),
					bytes,
					commit: !values.check,
					onProgress: (done, total) => {
						const pct = Math.floor((done / total) * 100);
						if (pct >= shown + 10 || done === total) {
							shown = pct;
							console.error(`  ${String(pct).padStart(3)} % (${done}/${total})`);
						}
					}
				});
				if (r.problems.length) {
					console.error(`Không ghi dòng nào / nothing written: ${r.rejectedRows} dòng lỗi / refused rows`);
					for (const p of r.problems.slice(0, 200)) console.error(`  dòng / row ${p.line}${p.column ? ` · ${p.column}` : ''}: ${t('vi', p.key, p.params)}`);
					if (r.problems.length > 200) console.error(`  … và ${r.problems.length - 200} lỗi khác / and ${r.problems.length - 200} more`);
					process.exitCode = 1;
					return;
				}
				if (r.status === 'committed') console.log(`Đã nhập / imported: ${r.processedRows} người / residents, ${r.households} hộ / households`);
				else console.log(`Tệp hợp lệ / file valid: ${r.totalRows} dòng / rows, ${r.households} hộ / households (chưa ghi / not written)`);
			});
		}
	},
	funds: {
		summary: 'Sổ quỹ khuyến học: kiểm tra chuỗi băm / study-promotion funds: check every book',
		usage: 'funds verify\n  Đọc lại mọi sổ quỹ, tính lại chuỗi băm và nêu bút toán đầu tiên bị sai ở mỗi quỹ; thoát với mã 1 khi có sai lệch.\n  Walks every fund\'s book, recomputes the hash chain and names the first wrong entry of each fund; exits 1 when one is found.',
		async run({ positionals }) {
			if (positionals[0] !== 'verify') throw new UsageError('cần lệnh con verify / the subcommand verify is required');
			await withServices(async (s) => {
				const r = await s.funds.verify();
				if (!r.broken.length) return void console.log(`Các sổ quỹ nguyên vẹn / every book is intact: ${r.funds} quỹ / funds, ${r.entries} bút toán / entries`);
				for (const b of r.broken) console.error(`SAI / BROKEN: quỹ / fund "${b.fundName}" (${b.fundId}): bút toán số / entry no. ${b.seq}${b.entryId ? ` (${b.entryId})` : ''} — ${b.reason}`);
				process.exitCode = 1;
			});
		}
	},
	backup: {
		summary: 'Sao lưu cơ sở dữ liệu nhúng khi máy chủ vẫn chạy / online backup of the embedded database',
		usage: 'backup <tệp đích / target file>',
		async run({ positionals }) {
			const target = positionals[0];
			if (!target) throw new UsageError('cần tên tệp đích / a target file is required');
			const p = parseDatabaseUrl(url());
			if (p.dialect !== 'sqlite') throw new Error('Với PostgreSQL hãy dùng pg_dump (xem docs/OPERATIONS.md) / on PostgreSQL use pg_dump (see docs/OPERATIONS.md)');
			const r = await backupSqlite(p.path, target);
			console.log(`Đã sao lưu / backed up ${r.pages} trang / pages → ${target} (integrity_check: ok)`);
		}
	},
	restore: {
		summary: 'Khôi phục cơ sở dữ liệu nhúng từ bản sao lưu / restore the embedded database from a backup',
		usage: 'restore <tệp sao lưu / backup file>\n  Dừng máy chủ trước: lệnh từ chối khi cơ sở dữ liệu đang được dùng / stop the server first: a database in use is refused.',
		async run({ positionals }) {
			const file = positionals[0];
			if (!file) throw new UsageError('cần tên tệp sao lưu / a backup file is required');
			const p = parseDatabaseUrl(url());
			if (p.dialect !== 'sqlite') throw new Error('Với PostgreSQL hãy dùng pg_restore (xem docs/OPERATIONS.md) / on PostgreSQL use pg_restore (see docs/OPERATIONS.md)');
			await restoreSqlite(file, p.path);
			console.log(`Đã khôi phục / restored ${file} → ${p.path} (integrity_check: ok)`);
		}
	}
};

class UsageError extends Error {}

function help(): string {
	const lines = ['Cách dùng / usage: npm run cli -- <lệnh / command> [tùy chọn / options]', '', 'Lệnh / commands:'];
	for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(14)} ${c.summary}`);
	lines.push('', 'Mỗi lệnh có --help / each command has --help. Cơ sở dữ liệu / database: DATABASE_URL (mặc định / default sqlite:./data/suotdoi.db)');
	return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		console.log(help());
		return name ? 0 : 1;
	}
	const cmd = COMMANDS[name];
	if (!cmd) {
		console.error(`Không có lệnh "${name}" / unknown command "${name}"\n\n${help()}`);
		return 2;
	}
	let parsed;
	try {
		parsed = parseArgs({ args: rest, options: { ...cmd.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
	} catch (e) {
		console.error(`${(e as Error).message}\n\nCách dùng / usage: npm run cli -- ${cmd.usage}`);
		return 2;
	}
	if (parsed.values.help) {
		console.log(`${cmd.summary}\n\nCách dùng / usage: npm run cli -- ${cmd.usage}`);
		return 0;
	}
	try {
		await cmd.run(parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] });
		return typeof process.exitCode === 'number' ? process.exitCode : 0;
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`${e.message}\n\nCách dùng / usage: npm run cli -- ${cmd.usage}`);
			return 2;
		}
		if (isAppError(e)) {
			const fields = Object.entries(e.fields).map(([f, m]) => `  ${f}: ${t('vi', m.key, m.params)} / ${t('en', m.key, m.params)}`);
			console.error([`${t('vi', e.key, e.params)} / ${t('en', e.key, e.params)}`, ...fields].join('\n'));
			return 1;
		}
		console.error(`Lỗi / error: ${(e as Error).message}`);
		return 1;
	}
}

if (process.argv[1] && /cli[\\/]index\.ts$/.test(process.argv[1])) {
	main(process.argv.slice(2)).then((code) => process.exit(code));
}
