// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Community bookshelves (issue 15). A shelf sits in a commune or a village (and, when a school or
 * a centre keeps it, names that organisation), with opening hours and its loan period; keepers are
 * accounts named per shelf. Titles are one shared catalog (ISBN unique when known; a merged
 * duplicate points at the title it became); each physical copy sits on a shelf with a short code
 * printed as a QR label. A loan is open until returned: at most one open loan per copy, held by a
 * unique partial index (the conditional update of the copy's state comes first). Holds wait in a
 * queue per title and shelf; a returned copy goes to the first one waiting.
 *
 * Search like courses and news: `search_text` is the folded title, authors and subject; FTS5 on
 * SQLite, a generated tsvector ('simple') and a trigram index on PostgreSQL.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	const pg = db.getExecutor().adapter instanceof PostgresAdapter;
	await db.schema
		.createTable('library_shelves')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('hours', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('loan_days', 'integer', (c) => c.notNull().defaultTo(14))
		.addColumn('max_renewals', 'integer', (c) => c.notNull().defaultTo(2))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('library_shelves_unit_idx').on('library_shelves').column('unit_id').execute();

	await db.schema
		.createTable('library_keepers')
		.addColumn('shelf_id', 'text', (c) => c.notNull().references('library_shelves.id'))
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('library_keepers_pk', ['shelf_id', 'account_id'])
		.execute();
	await db.schema.createIndex('library_keepers_account_idx').on('library_keepers').column('account_id').execute();

	await db.schema
		.createTable('library_titles')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('isbn', 'text')
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('authors', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('publisher', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('year', 'integer')
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('age_group', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull().defaultTo('vi'))
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('title_key', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('merged_into_id', 'text', (c) => c.references('library_titles.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('library_titles_isbn_idx').on('library_titles').column('isbn').unique().where(sql.ref('isbn'), 'is not', null).execute();
	await db.schema.createIndex('library_titles_key_idx').on('library_titles').column('title_key').execute();
	if (pg) {
		await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
		await sql`ALTER TABLE library_titles ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
		await sql`CREATE INDEX library_titles_tsv ON library_titles USING gin (search_tsv)`.execute(db);
		await sql`CREATE INDEX library_titles_trgm ON library_titles USING gin (search_text gin_trgm_ops)`.execute(db);
	} else {
		// search_text is already folded (normalizeVi); the tokenizer only splits it
		await sql`CREATE VIRTUAL TABLE library_titles_fts USING fts5(id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')`.execute(db);
		await sql`CREATE TRIGGER library_titles_fts_insert AFTER INSERT ON library_titles BEGIN
			INSERT INTO library_titles_fts (id, search_text) VALUES (new.id, new.search_text); END`.execute(db);
		await sql`CREATE TRIGGER library_titles_fts_update AFTER UPDATE OF search_text ON library_titles BEGIN
			DELETE FROM library_titles_fts WHERE id = old.id;
			INSERT INTO library_titles_fts (id, search_text) VALUES (new.id, new.search_text); END`.execute(db);
		await sql`CREATE TRIGGER library_titles_fts_delete AFTER DELETE ON library_titles BEGIN
			DELETE FROM library_titles_fts WHERE id = old.id; END`.execute(db);
	}

	// books given to a shelf: the donor named only with their consent; an in-kind donation with a
	// value is also written in a study-promotion fund's book (fund_entry_id)
	await db.schema
		.createTable('library_donations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('shelf_id', 'text', (c) => c.notNull().references('library_shelves.id'))
		.addColumn('donor_name', 'text')
		.addColumn('donor_public', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('book_count', 'integer', (c) => c.notNull())
		.addColumn('value', 'bigint')
		.addColumn('fund_entry_id', 'text', (c) => c.references('fund_entries.id'))
		.addColumn('received_on', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('library_donations_shelf_idx').on('library_donations').columns(['shelf_id', 'received_on']).execute();

	await db.schema
		.createTable('library_copies')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title_id', 'text', (c) => c.notNull().references('library_titles.id'))
		.addColumn('shelf_id', 'text', (c) => c.notNull().references('library_shelves.id'))
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('available'))
		.addColumn('held_for_hold_id', 'text')
		.addColumn('donation_id', 'text', (c) => c.references('library_donations.id'))
		.addColumn('note', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('library_copies_title_idx').on('library_copies').columns(['title_id', 'status']).execute();
	await db.schema.createIndex('library_copies_shelf_idx').on('library_copies').columns(['shelf_id', 'status']).execute();

	await db.schema
		.createTable('library_loans')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('copy_id', 'text', (c) => c.notNull().references('library_copies.id'))
		.addColumn('shelf_id', 'text', (c) => c.notNull().references('library_shelves.id'))
		.addColumn('title_id', 'text', (c) => c.notNull().references('library_titles.id'))
		.addColumn('reader_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('lent_at', 'text', (c) => c.notNull())
		.addColumn('lent_on', 'text', (c) => c.notNull())
		.addColumn('due_on', 'text', (c) => c.notNull())
		.addColumn('renewals', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('returned_at', 'text')
		.addColumn('lent_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('returned_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('reminded_on', 'text')
		.addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	// one copy is never lent twice: at most one open loan per copy
	await db.schema.createIndex('library_loans_open_copy_idx').on('library_loans').column('copy_id').unique().where(sql.ref('returned_at'), 'is', null).execute();
	await db.schema.createIndex('library_loans_copy_idx').on('library_loans').column('copy_id').execute();
	await db.schema.createIndex('library_loans_reader_idx').on('library_loans').columns(['reader_account_id', 'lent_on']).execute();
	await db.schema.createIndex('library_loans_due_idx').on('library_loans').columns(['due_on']).where(sql.ref('returned_at'), 'is', null).execute();
	await db.schema.createIndex('library_loans_shelf_idx').on('library_loans').columns(['shelf_id', 'lent_on']).execute();
	await db.schema.createIndex('library_loans_title_idx').on('library_loans').column('title_id').execute();

	await db.schema
		.createTable('library_holds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title_id', 'text', (c) => c.notNull().references('library_titles.id'))
		.addColumn('shelf_id', 'text', (c) => c.notNull().references('library_shelves.id'))
		.addColumn('reader_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('copy_id', 'text', (c) => c.references('library_copies.id'))
		.addColumn('live', 'integer')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('ready_at', 'text')
		.addColumn('closed_at', 'text')
		.execute();
	// one live hold per reader, title and shelf (live = 1 while waiting or ready, null after)
	await db.schema.createIndex('library_holds_live_idx').on('library_holds').columns(['title_id', 'shelf_id', 'reader_account_id', 'live']).unique().execute();
	await db.schema.createIndex('library_holds_queue_idx').on('library_holds').columns(['title_id', 'shelf_id', 'status', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['library_holds', 'library_loans', 'library_copies', 'library_donations']) await db.schema.dropTable(t).execute();
	await sql`DROP TABLE IF EXISTS library_titles_fts`.execute(db);
	for (const t of ['library_titles', 'library_keepers', 'library_shelves']) await db.schema.dropTable(t).execute();
}
