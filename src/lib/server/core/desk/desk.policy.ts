/**
 * The officer's desk (the console's home page): each part shows only what its own permission
 * reaches — sign-ups and imports waiting need `people.manage`, the residents' count
 * `people.view`, classes and attendance `learning.manage` — each within the actor's scope, as
 * the module that owns it filters it. Coming into the console at all needs `console.enter`.
 */
import type { Permission } from '../../platform/permissions';

export const DESK_PARTS = {
	signups: 'people.manage',
	imports: 'people.manage',
	residents: 'people.view',
	learning: 'learning.manage'
} as const satisfies Record<string, Permission>;
