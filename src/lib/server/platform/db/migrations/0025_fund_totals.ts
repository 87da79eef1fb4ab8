// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/**
 * A fund's running totals by month and line — money in by way (`in:cash`, `in:bank_transfer`,
 * `in:in_kind`), out by purpose (`out:scholarship`, …), moved with another fund
 * (`move:<fund id>`) — kept in the same transaction as each entry, so that a public page reads a
 * few hundred rows however long the book is. Corrections count on the line of the entry they
 * reverse. `funds verify` checks them against the entries. Filled here from the books so far.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('fund_month_totals')
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('month', 'text', (c) => c.notNull())
		.addColumn('line', 'text', (c) => c.notNull())
		.addColumn('amount', 'bigint', (c) => c.notNull())
		.addColumn('entries', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('fund_month_totals_pk', ['fund_id', 'month', 'line'])
		.execute();
	const line = sql`case when method is not null then 'in:' || method when purpose is not null then 'out:' || purpose when counterpart_fund_id is not null then 'move:' || counterpart_fund_id end`;
	await sql`insert into fund_month_totals (fund_id, month, line, amount, entries)
		select fund_id, substr(occurred_on, 1, 7), ${line}, sum(delta), count(*) from fund_entries
		where method is not null or purpose is not null or counterpart_fund_id is not null
		group by fund_id, substr(occurred_on, 1, 7), ${line}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('fund_month_totals').execute();
}
