import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { ConsoleSection } from '$lib/server/core/accounts/accounts.policy';
import { requireSignedIn } from '$lib/server/web/forms';
import type { LayoutServerLoad } from './$types';

/** The console's menu: each part the actor may open (the accounts service says which). */
const NAV: { href: string; key: string; section: ConsoleSection }[] = [
	{ href: '/console', key: 'console.nav.home', section: 'home' },
	{ href: '/console/units', key: 'console.nav.units', section: 'units' },
	{ href: '/console/organizations', key: 'console.nav.organizations', section: 'organizations' },
	{ href: '/console/people', key: 'console.nav.people', section: 'people' },
	{ href: '/console/imports', key: 'console.nav.imports', section: 'imports' },
	{ href: '/console/signups', key: 'console.nav.signups', section: 'signups' },
	{ href: '/console/courses', key: 'console.nav.courses', section: 'courses' },
	{ href: '/console/surveys', key: 'console.nav.surveys', section: 'surveys' },
	{ href: '/console/learning-statistics', key: 'console.nav.learningStats', section: 'learningStats' },
	{ href: '/console/library', key: 'console.nav.library', section: 'library' },
	{ href: '/console/library/figures', key: 'console.nav.libraryFigures', section: 'library' },
	{ href: '/console/library/challenges', key: 'console.nav.readingChallenges', section: 'library' },
	{ href: '/console/funds', key: 'console.nav.funds', section: 'funds' },
	{ href: '/console/scholarships', key: 'console.nav.scholarships', section: 'scholarships' },
	{ href: '/console/awards', key: 'console.nav.awards', section: 'awards' },
	{ href: '/console/awards/honours', key: 'console.nav.honours', section: 'honours' },
	{ href: '/console/titles', key: 'console.nav.titles', section: 'titles' },
	{ href: '/console/events', key: 'console.nav.events', section: 'events' },
	{ href: '/console/campaigns', key: 'console.nav.campaigns', section: 'campaigns' },
	{ href: '/console/emulation', key: 'console.nav.emulation', section: 'emulation' },
	{ href: '/console/news', key: 'console.nav.news', section: 'news' },
	{ href: '/console/accounts', key: 'console.nav.accounts', section: 'accounts' },
	{ href: '/console/audit', key: 'console.nav.audit', section: 'audit' },
	{ href: '/console/jobs', key: 'console.nav.jobs', section: 'jobs' }
];

export const load: LayoutServerLoad = async (event) => {
	const auth = requireSignedIn(event);
	const sections = event.locals.services.accounts.consoleSections(auth);
	if (!sections) error(403, { message: t(auth.locale, 'errors.forbidden'), code: 'forbidden' });
	return { nav: NAV.filter((n) => sections[n.section]).map((n) => ({ href: n.href, key: n.key })) };
};
