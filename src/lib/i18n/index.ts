/**
 * Translations: Vietnamese first, English second. Keys are the same in both files (a unit
 * test checks it). `t` falls back to Vietnamese, then to the key itself.
 */
import en from './en.json';
import { interpolate } from './messages';
import vi from './vi.json';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export type MessageKey = keyof typeof vi;

const DICTS: Record<Locale, Record<string, string>> = { vi, en };

export function t(locale: Locale | undefined, key: string, params?: Record<string, string | number>): string {
	return interpolate(DICTS[locale ?? 'vi'][key] ?? DICTS.vi[key] ?? key, params);
}

export function isLocale(s: string | null | undefined): s is Locale {
	return s === 'vi' || s === 'en';
}

export const dictionaries = DICTS;
