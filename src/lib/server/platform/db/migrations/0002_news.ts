// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('news_items')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('body_md', 'text', (c) => c.notNull())
		.addColumn('body_html', 'text', (c) => c.notNull())
		.addColumn('author_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('author_name', 'text', (c) => c.notNull())
		.addColumn('scope_unit_id', 'text', (c) => c.references('admin_units.id'))
		.addColumn('published_at', 'text')
		.addColumn('archived_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		// normalizeVi(title + summary + body text): what search matches
		.addColumn('search_text', 'text', (c) => c.notNull())
		// lower-cased text with accents kept: exact-accent matches rank first
		.addColumn('exact_text', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('news_items_public').on('news_items').columns(['status', 'published_at']).execute();
	await db.schema.createIndex('news_items_scope').on('news_items').columns(['scope_unit_id', 'status']).execute();
	await db.schema.createIndex('news_items_updated').on('news_items').column('updated_at').execute();

	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
		await sql`ALTER TABLE news_items ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
		await sql`CREATE INDEX news_items_tsv ON news_items USING gin (search_tsv)`.execute(db);
		await sql`CREATE INDEX news_items_trgm ON news_items USING gin (search_text gin_trgm_ops)`.execute(db);
	} else {
		// search_text is already folded (normalizeVi); the tokenizer only splits it
		await sql`CREATE VIRTUAL TABLE news_fts USING fts5(id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')`.execute(db);
		await sql`CREATE TRIGGER news_fts_insert AFTER INSERT ON news_items BEGIN
			INSERT INTO news_fts (id, search_text) VALUES (new.id, new.search_text); END`.execute(db);
		await sql`CREATE TRIGGER news_fts_update AFTER UPDATE OF search_text ON news_items BEGIN
			DELETE FROM news_fts WHERE id = old.id;
			INSERT INTO news_fts (id, search_text) VALUES (new.id, new.search_text); END`.execute(db);
		await sql`CREATE TRIGGER news_fts_delete AFTER DELETE ON news_items BEGIN
			DELETE FROM news_fts WHERE id = old.id; END`.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
		await sql`DROP TABLE IF EXISTS news_fts`.execute(db);
	}
	await db.schema.dropTable('news_items').ifExists().execute();
}
