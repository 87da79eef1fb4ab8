/**
 * The one search normaliser. Folds Vietnamese as people type it on a phone: đ→d, strips
 * every combining mark after NFD, lower-cases, collapses white space. Used to fill every
 * `search_text` column and on every query.
 */
export function normalizeVi(input: string): string {
	let out = '';
	let gap = false;
	for (const ch of input) {
		let f = FOLDED.get(ch);
		if (f === undefined) {
			f = foldOne(ch);
			if (FOLDED.size < 50_000) FOLDED.set(ch, f);
		}
		if (f === ' ') gap = out.length > 0;
		else if (f !== '') {
			if (gap) out += ' ';
			gap = false;
			out += f;
		}
	}
	return out;
}

/**
 * One character folded as the whole-string rule would fold it: đ→d, NFD, marks dropped,
 * lower-cased; '' for a lone mark, ' ' for anything that is not a letter or digit. Memoised:
 * text is folded a character at a time (imports fold hundreds of thousands of names).
 */
const FOLDED = new Map<string, string>();
function foldOne(ch: string): string {
	if (INVISIBLE.test(ch)) return '';
	const f = (ch === 'đ' || ch === 'Đ' ? 'd' : ch).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	if (f === '') return '';
	return /^[\p{L}\p{N}]+$/u.test(f) ? f : ' ';
}

/** The plain reference definition, kept for the test that checks the fast one against it. */
export function normalizeViReference(input: string): string {
	return input
		.replace(INVISIBLE_ALL, '')
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

/**
 * Invisible format characters (Unicode Cf: zero-width space and joiners, bidirectional
 * overrides, soft hyphen, BOM, …). None belongs in a Vietnamese name or title: they hide a
 * record from search and from duplicate checks, or make text read backwards.
 */
const INVISIBLE = /^\p{Cf}$/u;
const INVISIBLE_ALL = /\p{Cf}/gu;

/** Bidirectional overrides and isolates: refused in every input (text that reads other than it is). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** NFC-normalise a user-typed name or title, drop invisible format characters, collapse spaces. */
export function cleanText(input: string): string {
	return input.normalize('NFC').replace(INVISIBLE_ALL, '').replace(/\s+/g, ' ').trim();
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
