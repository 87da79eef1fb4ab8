import { sql } from 'kysely';
import { api, json } from '$lib/server/web/api';

export const GET = api(async ({ locals }) => {
	const db = locals.services.db;
	await sql`select 1`.execute(db.kysely);
	return json({ status: 'ok', database: db.dialect });
});
