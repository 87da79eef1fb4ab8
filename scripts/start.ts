/**
 * npm start: build on first run (or when sources changed), migrate, load the demo locality
 * into an empty embedded database, then serve with `node server.js` (the SvelteKit build behind the page cache) and print the demo accounts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServices } from '../src/lib/server/app';
import { createDb, DEFAULT_DATABASE_URL, migrateToLatest, parseDatabaseUrl } from '../src/lib/server/platform/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemoLoaded, seedDemo } from '../src/lib/server/demo/seed';

const root = join(import.meta.dirname, '..');
const STAMP = join(root, 'build', '.built-at');

function newestMtime(path: string): number {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = st.mtimeMs;
	for (const e of readdirSync(path)) max = Math.max(max, newestMtime(join(path, e)));
	return max;
}

function needsBuild(): boolean {
	if (process.env.SUOTDOI_SKIP_BUILD === '1') return false;
	if (!existsSync(STAMP)) return true;
	const built = statSync(STAMP).mtimeMs;
	const inputs = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'].map((p) => join(root, p));
	return inputs.some((p) => existsSync(p) && newestMtime(p) > built);
}

async function main() {
	if (needsBuild()) {
		console.log('Đang xây dựng ứng dụng (lần đầu mất khoảng một phút)… / building the app…');
		const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
		if (r.status !== 0) {
			process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
			throw new Error('vite build failed');
		}
		writeFileSync(STAMP, new Date().toISOString());
	}

	const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
	const parsed = parseDatabaseUrl(databaseUrl);
	const db = createDb(databaseUrl);
	let demo = false;
	try {
		await migrateToLatest(db);
		const s = buildServices(db);
		if (parsed.dialect === 'sqlite') {
			await seedDemo(s);
			demo = await isDemoLoaded(s);
		}
	} finally {
		await db.close();
	}

	const port = process.env.PORT ?? '3000';
	const host = process.env.HOST ?? '0.0.0.0';
	const origin = process.env.ORIGIN ?? `http://localhost:${port}`;
	const env = {
		...process.env,
		DATABASE_URL: databaseUrl,
		PORT: port,
		HOST: host,
		ORIGIN: origin,
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '101M',
		SUOTDOI_DEMO: parsed.dialect === 'sqlite' && demo ? '1' : '0'
	};
	const child = spawn(process.execPath, [join(root, 'server.js')], { cwd: root, env, stdio: 'inherit' });
	for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
	child.on('exit', (code) => process.exit(code ?? 0));

	console.log(`\nSuốt Đời đang chạy tại / is serving at ${origin}  (cơ sở dữ liệu / database: ${parsed.dialect})`);
	if (parsed.dialect === 'sqlite' && env.SUOTDOI_DEMO === '1') {
		console.log(`\nTài khoản trình diễn / demo accounts — mật khẩu / password: ${DEMO_PASSWORD}  (chỉ dùng để trình diễn / demo only)`);
		for (const a of DEMO_ACCOUNTS) console.log(`  ${a.login.padEnd(18)} ${a.description}`);
	} else if (parsed.dialect === 'postgres') {
		console.log(`Lần đầu truy cập, hãy mở ${origin}/setup để tạo quản trị viên / on first visit, create the administrator at ${origin}/setup`);
	}
}

main().catch((e: unknown) => {
	console.error(`Không khởi động được / could not start: ${(e as Error).message}`);
	process.exit(1);
});
