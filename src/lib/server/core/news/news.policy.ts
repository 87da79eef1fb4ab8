/**
 * News: anyone reads what is published. `news.manage` (commune, association and education
 * officers; administrators) writes, publishes and archives items whose scope lies inside the
 * actor's unit subtree; an item for the whole platform (no scope) needs a global grant. Drafts
 * and archived items are visible only to those who may manage them.
 */
export const NEWS_PERMISSIONS = ['news.manage'] as const;

/** Which status changes a manager may make. */
export const NEWS_TRANSITIONS: Record<string, readonly string[]> = {
	draft: ['draft', 'published', 'archived'],
	published: ['published', 'draft', 'archived'],
	archived: ['archived', 'published', 'draft']
};
