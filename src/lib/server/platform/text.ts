/**
 * The one search normaliser. Folds Vietnamese as people type it on a phone: đ→d, strips
 * every combining mark after NFD, lower-cases, collapses white space. Used to fill every
 * `search_text` column and on every query.
 */
export function normalizeVi(input: string): string {
	return input
		.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Lower-cased NFC text with accents kept: used to rank exact-accent matches first. */
export function lowerVi(input: string): string {
	return input.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Collapse spaces and NFC-normalise a user-typed name. */
export function cleanText(input: string): string {
	return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export interface SearchTerms {
	/** folded words, the last one matched as a prefix */
	tokens: string[];
	/** the query as typed, lower-cased with accents kept */
	exact: string;
}

/** Splits a typed query once for every search: folded tokens, and the exact text for ranking. */
export function searchTerms(q: string | null | undefined): SearchTerms | null {
	const tokens = normalizeVi(q ?? '')
		.split(' ')
		.filter(Boolean)
		.slice(0, 8)
		.map((t) => t.slice(0, 40));
	if (!tokens.length) return null;
	return { tokens, exact: lowerVi(q ?? '').slice(0, 200) };
}
