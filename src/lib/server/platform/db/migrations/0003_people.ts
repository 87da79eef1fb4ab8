// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	// Collect the minimum (DOMAIN.md §7): no religion, no ethnicity, no ID-card number.
	await db.schema
		.createTable('households')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('address', 'text')
		.addColumn('head_resident_id', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('households_village').on('households').column('village_id').execute();

	await db.schema
		.createTable('residents')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('full_name', 'text', (c) => c.notNull())
		.addColumn('birth_date', 'text', (c) => c.notNull())
		.addColumn('gender', 'text', (c) => c.notNull())
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('household_id', 'text', (c) => c.references('households.id'))
		.addColumn('relation_to_head', 'text')
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('account_id', 'text', (c) => c.references('accounts.id').unique())
		// active | merged (into merged_into_id) | erased (anonymised on request)
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('merged_into_id', 'text')
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('erased_at', 'text')
		.execute();
	await db.schema.createIndex('residents_village').on('residents').columns(['village_id', 'status']).execute();
	await db.schema.createIndex('residents_household').on('residents').column('household_id').execute();
	await db.schema.createIndex('residents_search').on('residents').column('search_text').execute();

	await db.schema
		.createTable('clans')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('home_village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('clans_village').on('clans').column('home_village_id').execute();

	await db.schema
		.createTable('clan_members')
		.addColumn('clan_id', 'text', (c) => c.notNull().references('clans.id'))
		.addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
		.addColumn('role', 'text', (c) => c.notNull()) // member | representative
		.addPrimaryKeyConstraint('clan_members_pk', ['clan_id', 'resident_id'])
		.execute();
	await db.schema.createIndex('clan_members_resident').on('clan_members').column('resident_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['clan_members', 'clans', 'residents', 'households']) await db.schema.dropTable(t).ifExists().execute();
}
