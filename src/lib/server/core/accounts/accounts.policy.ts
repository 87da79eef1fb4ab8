/**
 * Accounts: who may manage accounts and grants (administrators, everywhere) and the rules of
 * sessions and sign-in throttling. Numbers live here so that they can be read in one place.
 */
import type { Permission } from '../../platform/permissions';

export const SESSION_RULES = {
	staff: { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 },
	// residents on shared phones: a week idle, a month at most
	resident: { idleMs: 7 * 24 * 3600_000, absoluteMs: 30 * 24 * 3600_000 },
	/** last_seen_at is written at most this often */
	touchEveryMs: 60_000
} as const;

/**
 * Sign-in throttling: every attempt counts; after `free` failures the next attempt waits
 * `base·2^(n-free)` ms, capped. The per-account delay is capped at a minute so a stranger
 * cannot lock a person out; so is the per-address delay, because Vietnamese mobile networks
 * put thousands of phones behind one address (carrier-grade NAT) and a commune office's
 * computers share one too; the per-(account, address) delay grows to 15 minutes. One address
 * feeds the account's count with its first `pairToAccount` failures only, so a stranger
 * guessing from one place never blocks the person signing in from another.
 */
export const THROTTLE_RULES = {
	pair: { free: 5, baseMs: 1_000, capMs: 15 * 60_000 },
	account: { free: 10, baseMs: 1_000, capMs: 60_000 },
	address: { free: 30, baseMs: 1_000, capMs: 60_000 },
	/** how many of one (account, address) pair's failures count against the account */
	pairToAccount: 3,
	/** failures older than this are forgotten */
	forgetAfterMs: 24 * 3600_000
} as const;

export const TOKEN_PREFIX = 'sd_';

/** The staff console's parts and the permission each needs (`console.enter` to come in at all). */
export const CONSOLE_SECTIONS = {
	home: 'console.enter',
	units: 'console.enter',
	organizations: 'organizations.view',
	people: 'people.view',
	imports: 'people.manage',
	signups: 'people.manage',
	courses: 'learning.manage',
	surveys: 'learning.manage',
	learningStats: 'learning.manage',
	library: 'library.manage',
	funds: 'funds.view',
	scholarships: 'funds.view',
	awards: 'awards.propose',
	honours: 'honours.nominate',
	titles: 'titles.view',
	events: 'events.check_in',
	campaigns: 'campaigns.report',
	emulation: 'emulation.activities',
	news: 'news.manage',
	accounts: 'accounts.view',
	audit: 'audit.read',
	jobs: 'jobs.manage'
} as const satisfies Record<string, Permission>;
export type ConsoleSection = keyof typeof CONSOLE_SECTIONS;

/** Roles that make sense only everywhere: an administrator of one commune could grant itself more. */
export const GLOBAL_ONLY_ROLES: readonly string[] = ['administrator'];
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

/** One-time links: a password reset by email lives an hour, one handed over by an officer a day. */
export const ONE_TIME_RULES = {
	emailConfirmMs: 3 * 24 * 3600_000,
	resetByEmailMs: 3600_000,
	resetByOfficerMs: 24 * 3600_000,
	/** a new reset email is not sent while one younger than this is outstanding */
	resendAfterMs: 60_000
} as const;
