/** How an import answers over HTTP: each problem with its message in the caller's language. */
import { t, type Locale } from '$lib/i18n';
import type { MessageParams } from '../platform/errors';

export function importOut<T extends { problems: { key: string; params?: MessageParams }[] }>(i: T, locale: Locale): Omit<T, 'problems'> & { problems: (T['problems'][number] & { message: string })[] } {
	return { ...i, problems: i.problems.map((p) => ({ ...p, message: t(locale, p.key, p.params) })) };
}
