/**
 * News: anyone reads what is published. `news.manage` (commune, association and education
 * officers; administrators) writes, publishes and archives items whose scope lies inside the
 * actor's unit subtree; an item for the whole platform (no scope) needs a global grant. Drafts
 * and archived items are visible only to those who may manage them.
 */
import type { Target } from '../../platform/access';

/** Where an item sits for `news.manage`: its scope unit (none: the whole platform, global grants only). */
export const newsTarget = (item: { scope_unit_id: string | null }): Target => ({ unitId: item.scope_unit_id });

/** Which status changes a manager may make. */
export const NEWS_TRANSITIONS: Record<string, readonly string[]> = {
	draft: ['draft', 'published', 'archived'],
	published: ['published', 'draft', 'archived'],
	archived: ['archived', 'published', 'draft']
};
