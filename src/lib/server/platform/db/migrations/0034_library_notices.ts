// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/**
 * The bookshelves' notices and a ready hold's expiry (issue 15, the leftovers).
 *
 * - `library_loans.overdue_notice_on`: the day the one overdue letter of a loan was queued. The
 *   reminders job claims it with a conditional UPDATE before queueing the letter, so a second run
 *   (or a second process) never sends it again.
 * - `library_shelves.hold_days`: how many days a copy set aside for a reader waits for them (7).
 * - `library_holds.ready_until`: the last day a ready hold's copy waits (set when it becomes
 *   ready); the job closes a hold past it as `expired` and the copy goes to the next reader.
 *   Holds ready before this migration are given the default seven days from when they became ready.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('library_shelves').addColumn('hold_days', 'integer', (c) => c.notNull().defaultTo(7)).execute();
	await db.schema.alterTable('library_loans').addColumn('overdue_notice_on', 'text').execute();
	await db.schema.alterTable('library_holds').addColumn('ready_until', 'text').execute();
	await db.schema.createIndex('library_holds_ready_until_idx').on('library_holds').column('ready_until').where(sql.ref('status'), '=', 'ready').execute();

	// holds ready now: seven days from the day (in Vietnam) they became ready
	const ready = await db.selectFrom('library_holds').select(['id', 'ready_at']).where('status', '=', 'ready').execute();
	for (const h of ready as { id: string; ready_at: string | null }[]) {
		const at = h.ready_at ? new Date(h.ready_at) : new Date();
		const day = new Date(at.getTime() + 7 * 3_600_000);
		day.setUTCDate(day.getUTCDate() + 7);
		await db.updateTable('library_holds').set({ ready_until: day.toISOString().slice(0, 10) }).where('id', '=', h.id).execute();
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('library_holds_ready_until_idx').execute();
	await db.schema.alterTable('library_holds').dropColumn('ready_until').execute();
	await db.schema.alterTable('library_loans').dropColumn('overdue_notice_on').execute();
	await db.schema.alterTable('library_shelves').dropColumn('hold_days').execute();
}
