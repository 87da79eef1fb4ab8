// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * Video and PDF lessons: an uploaded file in the file store (its key, type, size and the name it
 * was uploaded under) or, for a video, a link to where it is published; an uploaded video's captions.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('lessons').addColumn('media_key', 'text').execute();
	await db.schema.alterTable('lessons').addColumn('media_type', 'text').execute();
	await db.schema.alterTable('lessons').addColumn('media_size', 'integer').execute();
	await db.schema.alterTable('lessons').addColumn('media_name', 'text').execute();
	await db.schema.alterTable('lessons').addColumn('media_url', 'text').execute();
	// a video's captions (WebVTT), for learners who cannot hear it or watch without sound
	await db.schema.alterTable('lessons').addColumn('captions_key', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const c of ['media_key', 'media_type', 'media_size', 'media_name', 'media_url', 'captions_key']) await db.schema.alterTable('lessons').dropColumn(c).execute();
}
