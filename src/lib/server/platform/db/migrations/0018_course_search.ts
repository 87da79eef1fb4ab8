// Frozen once landed: change the schema with a new migration.
import type { Kysely } from 'kysely';

/**
 * Course search reads the description too: `search_text` becomes the folded title, audience and
 * the words of the description (its Markdown dropped), and `title_text` holds the folded title
 * alone, so that matches in titles can be ranked first. Existing courses are recomputed here.
 *
 * Self-contained on purpose (a migration never imports app code): `fold` is a copy of the
 * platform's normaliser as it stood when this landed (normalizeViReference in platform/text.ts),
 * and `plainText` a small approximation of the words of Markdown (link targets dropped; markup
 * signs fold away as punctuation). A course edited later gets the app's exact text.
 */
const INVISIBLE_ALL = /\p{Cf}/gu;

function fold(input: string): string {
	return input
		.replace(INVISIBLE_ALL, '')
		.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The words of a Markdown text: link and image targets dropped, HTML entities as a space. */
function plainText(md: string): string {
	return md
		.replace(/\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, '] ')
		.replace(/&#?[a-z0-9]+;/gi, ' ');
}

const PAGE = 500;

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('courses').addColumn('title_text', 'text', (c) => c.notNull().defaultTo('')).execute();
	for (let after = ''; ; ) {
		const rows: { id: string; title: string; audience: string; description: string }[] = await db
			.selectFrom('courses')
			.select(['id', 'title', 'audience', 'description'])
			.where('id', '>', after)
			.orderBy('id')
			.limit(PAGE)
			.execute();
		for (const r of rows)
			await db
				.updateTable('courses')
				.set({ search_text: fold(`${r.title} ${r.audience} ${plainText(r.description)}`), title_text: fold(r.title) })
				.where('id', '=', r.id)
				.execute();
		if (rows.length < PAGE) return;
		after = rows.at(-1)!.id;
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	const rows: { id: string; title: string; audience: string }[] = await db.selectFrom('courses').select(['id', 'title', 'audience']).execute();
	for (const r of rows) await db.updateTable('courses').set({ search_text: fold(`${r.title} ${r.audience}`) }).where('id', '=', r.id).execute();
	await db.schema.alterTable('courses').dropColumn('title_text').execute();
}
