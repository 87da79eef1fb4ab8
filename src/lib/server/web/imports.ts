/** How an import answers over HTTP: each problem with its message in the caller's language. */
import { t, type Locale } from '$lib/i18n';
import type { ImportOut } from '../core/people/imports.service';

export function importOut(i: ImportOut, locale: Locale) {
	return { ...i, problems: i.problems.map((p) => ({ ...p, message: t(locale, p.key, p.params) })) };
}
