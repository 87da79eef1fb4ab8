import { page } from '$app/state';
import { interpolate } from './messages';

/** Translate in the current page's language (for components), from the messages its layout loaded. */
export function tr(key: string, params?: Record<string, string | number>): string {
	const messages = page.data.messages as Record<string, string> | undefined;
	return interpolate(messages?.[key] ?? key, params);
}
