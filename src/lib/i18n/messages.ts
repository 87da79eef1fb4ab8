/**
 * What pages need of the translations, without the dictionaries themselves: filling in a
 * message's {params}, and loading one language's dictionary on its own, so that a page sent to
 * a phone carries only the language it is read in.
 */
import type { Locale } from './index';

export function interpolate(msg: string, params?: Record<string, string | number>): string {
	if (!params) return msg;
	return msg.replace(/\{(\w+)\}/g, (_, p: string) => (p in params ? String(params[p]) : `{${p}}`));
}

export async function loadMessages(locale: Locale): Promise<Record<string, string>> {
	return locale === 'en' ? (await import('./en.json')).default : (await import('./vi.json')).default;
}
