/**
 * Translations: Vietnamese first, English second. Keys are the same in both files (a unit
 * test checks it). `t` falls back to Vietnamese, then to the key itself.
 */
import en from './en.json';
import vi from './vi.json';

export type Locale = 'vi' | 'en';

const DICTS: Record<Locale, Record<string, string>> = { vi, en };

export function t(locale: Locale | undefined, key: string, params?: Record<string, string | number>): string {
	const msg = DICTS[locale ?? 'vi'][key] ?? DICTS.vi[key] ?? key;
	if (!params) return msg;
	return msg.replace(/\{(\w+)\}/g, (_, p: string) => (p in params ? String(params[p]) : `{${p}}`));
}

export function isLocale(s: string | null | undefined): s is Locale {
	return s === 'vi' || s === 'en';
}

export const dictionaries = DICTS;
