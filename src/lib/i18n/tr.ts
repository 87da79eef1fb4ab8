import { page } from '$app/state';
import { t } from './index';

/** Translate in the current page's language (for components). */
export function tr(key: string, params?: Record<string, string | number>): string {
	return t(page.data.locale, key, params);
}
