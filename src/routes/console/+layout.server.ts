import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { can } from '$lib/server/platform/access';
import type { Permission } from '$lib/server/platform/permissions';
import { requireSignedIn } from '$lib/server/web/forms';
import type { LayoutServerLoad } from './$types';

/** The console's navigation follows what the actor may do. */
const NAV: { href: string; key: string; permission: Permission }[] = [
	{ href: '/console', key: 'console.nav.home', permission: 'console.enter' },
	{ href: '/console/units', key: 'console.nav.units', permission: 'console.enter' },
	{ href: '/console/organizations', key: 'console.nav.organizations', permission: 'organizations.view' },
	{ href: '/console/people', key: 'console.nav.people', permission: 'people.view' },
	{ href: '/console/imports', key: 'console.nav.imports', permission: 'people.manage' },
	{ href: '/console/signups', key: 'console.nav.signups', permission: 'people.manage' },
	{ href: '/console/courses', key: 'console.nav.courses', permission: 'learning.manage' },
	{ href: '/console/surveys', key: 'console.nav.surveys', permission: 'learning.manage' },
	{ href: '/console/learning-statistics', key: 'console.nav.learningStats', permission: 'learning.manage' },
	{ href: '/console/news', key: 'console.nav.news', permission: 'news.manage' },
	{ href: '/console/accounts', key: 'console.nav.accounts', permission: 'accounts.view' },
	{ href: '/console/audit', key: 'console.nav.audit', permission: 'audit.read' }
];

export const load: LayoutServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	if (!can(auth, 'console.enter')) error(403, { message: t(auth.locale, 'errors.forbidden'), code: 'forbidden' });
	return { nav: NAV.filter((n) => can(auth, n.permission)).map((n) => ({ href: n.href, key: n.key })) };
};
