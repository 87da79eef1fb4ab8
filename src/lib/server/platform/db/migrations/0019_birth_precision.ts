// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * How much of a resident's birth date is known: 'day' (the whole date) or 'year' (a year alone,
 * common on paper lists for older people; stored as YYYY-01-01 and shown as the year). Every
 * record written before this was a whole date.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('residents').addColumn('birth_precision', 'text', (c) => c.notNull().defaultTo('day')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('residents').dropColumn('birth_precision').execute();
}
