/**
 * The db project's global setup: a tag for this run's template databases (see databases.ts:
 * describeEachDatabase builds one per kind of start and copies it for each suite), and, when
 * the run ends, the templates dropped.
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { postgresReachable, TEST_POSTGRES_URL, templatePrefix } from './databases';

export default function setup(project: TestProject) {
	const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	project.provide('dbTemplates', run);
	return async () => {
		const { dir, database } = templatePrefix(run);
		rmSync(dir, { recursive: true, force: true });
		if (!(await postgresReachable())) return;
		const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
		await c.connect();
		try {
			const made = await c.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [database]);
			for (const { datname } of made.rows) await c.query(`drop database if exists ${datname} with (force)`);
		} finally {
			await c.end();
		}
	};
}
