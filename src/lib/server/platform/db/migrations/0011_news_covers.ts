// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

const COVER_COLUMNS: [string, 'text' | 'integer'][] = [
	['cover_key', 'text'],
	['cover_thumb_key', 'text'],
	['cover_width', 'integer'],
	['cover_height', 'integer'],
	['cover_alt', 'text']
];

/**
 * A news item's cover picture: keys in the file store (resized WebP and a thumbnail), its size
 * and alt text. These columns were once written into 0002_news after it had landed; databases
 * made from that unlanded version already hold them, so only the missing ones are added.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	const table = (await db.introspection.getTables()).find((t) => t.name === 'news_items');
	const have = new Set(table?.columns.map((c) => c.name) ?? []);
	for (const [name, type] of COVER_COLUMNS) if (!have.has(name)) await db.schema.alterTable('news_items').addColumn(name, type).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const [name] of COVER_COLUMNS) await db.schema.alterTable('news_items').dropColumn(name).execute();
}
