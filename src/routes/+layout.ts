import { loadMessages } from '$lib/i18n/messages';
import type { LayoutLoad } from './$types';

/** The page's language's messages (only that one is downloaded), beside what the server said. */
export const load: LayoutLoad = async ({ data }) => ({ ...data, messages: await loadMessages(data.locale) });
