/**
 * Reading challenges (issue 15 part 5): for the Book and Reading Culture Day (21 April), the
 * Lifelong Learning Week or another occasion, a commune (or the city) sets a goal in books between
 * two dates; readers join; their progress is what they borrowed on the commune's shelves and
 * brought back in those dates (a title once, however often borrowed). When a reader's goal is met,
 * the `library.challenges` job — sent when a book comes back or a reader joins, and run every
 * quarter hour besides — marks the entry reached and has `credentials` issue a certificate,
 * numbered in the organiser's book and checked at /verify like any other; the reader is emailed.
 * Nothing is issued inside a request.
 */
import type { Kysely } from 'kysely';
import { type AuthContext, requireActor, scopesFor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { addDays } from '../../platform/clock';
import { transaction } from '../../platform/db';
import type { Database } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './library.challenges.repository';
import { challengeInput, challengePatch, challengeQuery, ENTRIES_PAGE, MAX_CHALLENGE_DAYS, type ChallengeOut, type Occasion, type ProgressOut } from './library.challenges.schemas';
import { LIBRARY_MAIL } from './library.messages';
import type { LibraryContext } from './library.service';

/** Organisers whose issuance book may number a challenge's certificates (as for courses). */
export const CHALLENGE_ORGANISER_KINDS: readonly string[] = ['learning_centre', 'school', 'association_branch'];
export const CHALLENGE_QUEUE = 'library.challenges';

/** What the challenges need of `credentials`: a certificate written in the caller's transaction. */
export interface CredentialsForLibrary {
	issueAward(trx: Kysely<Database>, auth: AuthContext, a: { kind: 'reading_challenge'; orgId: string; orgName: string; unitId: string; title: string; books: number; accountId: string; name: string }): Promise<{ id: string; code: string }>;
}
/** Where the challenges queue their checks (the platform's jobs). */
export interface JobsForLibrary {
	send(queue: string, data: { about: string } & Record<string, unknown>): Promise<void>;
}

/** The job's own identity in the audit log. */
const JOB_AUTH: AuthContext = { actor: null, ip: null, userAgent: `job:${CHALLENGE_QUEUE}`, locale: 'vi' };

export function challengesApi(ctx: LibraryContext, deps: { places: { lookups: PlaceLookups }; credentials: CredentialsForLibrary; jobs: JobsForLibrary }) {
	const { db, clock, access, outbox, links, today } = ctx;
	const k = db.kysely;
	const nowIso = () => clock.now().toISOString();

	const phaseOf = (c: repo.ChallengeRow, t: string): ChallengeOut['phase'] => (t < c.starts_on ? 'upcoming' : t > c.ends_on ? 'over' : 'running');
	const challengeOut = (c: repo.ChallengeRow): ChallengeOut => ({
		id: c.id,
		title: c.title,
		occasion: c.occasion as Occasion,
		description: c.description,
		unitId: c.unit_id,
		unitName: c.unit_name,
		orgId: c.org_id,
		orgName: c.org_name,
		startsOn: c.starts_on,
		endsOn: c.ends_on,
		goalBooks: c.goal_books,
		status: c.status === 'cancelled' ? 'cancelled' : 'open',
		phase: phaseOf(c, today()),
		participants: c.participants,
		reached: c.reached
	});
	const target = (c: { unit_id: string; org_id: string }) => ({ unitId: c.unit_id, orgId: c.org_id });

	/** A challenge anyone may read (open ones; a cancelled one only for its organisers), else not found. */
	async function readable(auth: AuthContext, id: string) {
		const c = typeof id === 'string' && UUID_RE.test(id) ? await repo.findChallenge(k, id) : undefined;
		if (!c) throw new AppError('not_found');
		const manage = await access.allows(auth, 'library.manage', target(c));
		if (c.status !== 'open' && !manage) throw new AppError('not_found');
		return { c, manage };
	}

	async function managed(auth: AuthContext, id: string) {
		requireActor(auth);
		const { c, manage } = await readable(auth, id);
		if (!manage) throw new AppError('not_found');
		return c;
	}

	/** Dates in order, and not longer than a year. */
	function checkDates(startsOn: string, endsOn: string) {
		if (endsOn < startsOn) throw invalidField('endsOn', 'errors.library.challenge_dates');
		if (addDays(startsOn, MAX_CHALLENGE_DAYS) < endsOn) throw invalidField('endsOn', 'errors.library.challenge_too_long', { days: MAX_CHALLENGE_DAYS });
	}

	async function queueCheck(accountId: string | null, about: string) {
		try {
			await deps.jobs.send(CHALLENGE_QUEUE, { about, accountId });
		} catch (e) {
			// the quarter-hourly run finds what this one would have: a reader waits a little longer
			console.error(`không xếp được việc xét thử thách đọc / challenge check not queued: ${(e as Error).message}`);
		}
	}

	async function myProgress(c: repo.ChallengeRow, accountId: string): Promise<ProgressOut | null> {
		const e = await repo.findEntry(k, c.id, accountId);
		if (!e) return null;
		const p = (await repo.progress(k, c, asOfFor(c), [accountId])).get(accountId) ?? { books: 0, onLoan: 0 };
		return { joinedAt: e.joined_at, books: p.books, onLoan: p.onLoan, goalBooks: c.goal_books, reachedAt: e.reached_at, certificateCode: await repo.certificateCodeOf(k, e.certificate_id) };
	}
	/** The tree read as of the challenge's last day, or today while it runs. */
	const asOfFor = (c: { ends_on: string }) => (today() < c.ends_on ? today() : c.ends_on);

	return {
		/** Public: open challenges not over (or over, `when=past`), optionally those concerning a place. */
		async challenges(input: unknown) {
			const q = parseInput(challengeQuery, input);
			const concerning = q.unit ? await deps.places.lookups.ancestors(q.unit) : null;
			return { items: (await repo.publicChallenges(k, today(), q.when, concerning)).map(challengeOut) };
		},

		/** Public: a challenge; for a signed-in reader, their progress; for its organisers, what they may do. */
		async challenge(auth: AuthContext, id: string) {
			const { c, manage } = await readable(auth, id);
			const t = today();
			const mine = auth.actor ? await myProgress(c, auth.actor.accountId) : null;
			return { ...challengeOut(c), mine, can: { join: auth.actor !== null && !mine && c.status === 'open' && t <= c.ends_on, leave: mine !== null && mine.reachedAt === null, manage } };
		},

		/** The titles that count for the reader in a challenge (their own page). */
		async myCountedTitles(auth: AuthContext, id: string) {
			requireActor(auth);
			const { c } = await readable(auth, id);
			return (await repo.countedTitles(k, c, asOfFor(c), auth.actor.accountId)).map((r) => ({ titleId: r.id, title: r.title, authors: r.authors, returnedAt: r.returned_at }));
		},

		/** The challenges in the organiser's scope (open, over and cancelled); forbidden to one who manages no shelves. */
		async myChallenges(auth: AuthContext) {
			requireActor(auth);
			const scope = scopesFor(auth, 'library.manage');
			if (!scope.all && !scope.unitIds.length && !scope.orgIds.length) throw new AppError('forbidden');
			return { items: (await repo.challengesInScope(k, scope, today())).map(challengeOut) };
		},

		/** What the form to set a challenge offers: the communes (or the city) and the organisers in the actor's scope. */
		async challengeOptions(auth: AuthContext) {
			requireActor(auth);
			const scope = scopesFor(auth, 'library.manage');
			return {
				units: (await repo.challengeUnitsInScope(k, scope, today())).map((u) => ({ id: u.id, name: u.name })),
				organisers: (await repo.organisersInScope(k, scope, CHALLENGE_ORGANISER_KINDS, today())).map((o) => ({ id: o.id, name: o.name, unitName: o.unit_name }))
			};
		},

		/** Sets a challenge in a commune or the city, organised by a centre, school or association branch there. */
		async createChallenge(auth: AuthContext, input: unknown): Promise<ChallengeOut> {
			requireActor(auth);
			const v = parseInput(challengeInput, input);
			const unit = await deps.places.lookups.unit(v.unitId);
			if (!unit || !['commune', 'province'].includes(unit.level) || !(await access.allows(auth, 'library.manage', { unitId: unit.id }))) throw invalidField('unitId', 'errors.library.challenge_unit');
			const org = await deps.places.lookups.org(v.orgId);
			if (!org || !CHALLENGE_ORGANISER_KINDS.includes(org.kind) || !(await repo.orgWithin(k, org.id, unit.id, today()))) throw invalidField('orgId', 'errors.library.challenge_org');
			checkDates(v.startsOn, v.endsOn);
			if (v.endsOn < today()) throw invalidField('endsOn', 'errors.library.challenge_past');
			const id = newId();
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.insertChallenge(trx, { id, title: v.title, occasion: v.occasion, description: v.description ?? '', unit_id: unit.id, org_id: org.id, starts_on: v.startsOn, ends_on: v.endsOn, goal_books: v.goalBooks, status: 'open', created_by_account_id: auth.actor!.accountId, created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'library.challenge.create', entityType: 'reading_challenge', entityId: id, scopeUnitId: unit.id, after: { title: v.title, goalBooks: v.goalBooks, startsOn: v.startsOn, endsOn: v.endsOn } });
			});
			return challengeOut((await repo.findChallenge(k, id))!);
		},

		/**
		 * Changes a challenge's words, dates or goal. Once a reader has reached it, its dates and
		 * goal stay as they were (a certificate was issued against them).
		 */
		async updateChallenge(auth: AuthContext, id: string, input: unknown): Promise<ChallengeOut> {
			const c = await managed(auth, id);
			const v = parseInput(challengePatch, input);
			const startsOn = v.startsOn ?? c.starts_on;
			const endsOn = v.endsOn ?? c.ends_on;
			checkDates(startsOn, endsOn);
			const moves = startsOn !== c.starts_on || endsOn !== c.ends_on || (v.goalBooks !== undefined && v.goalBooks !== c.goal_books);
			if (moves && c.reached > 0) throw new AppError('conflict', 'errors.library.challenge_locked', { params: { n: c.reached } });
			await transaction(db, async (trx) => {
				await repo.updateChallenge(trx, c.id, { title: v.title ?? c.title, occasion: v.occasion ?? c.occasion, description: v.description === undefined ? c.description : (v.description ?? ''), starts_on: startsOn, ends_on: endsOn, goal_books: v.goalBooks ?? c.goal_books, updated_at: nowIso() });
				await recordAudit(trx, clock, auth, { action: 'library.challenge.update', entityType: 'reading_challenge', entityId: c.id, scopeUnitId: c.unit_id, before: { goalBooks: c.goal_books, startsOn: c.starts_on, endsOn: c.ends_on }, after: v });
			});
			return challengeOut((await repo.findChallenge(k, c.id))!);
		},

		/** Cancels a challenge (no one joins any more; certificates already issued stay valid). */
		async cancelChallenge(auth: AuthContext, id: string): Promise<ChallengeOut> {
			const c = await managed(auth, id);
			if (c.status === 'cancelled') throw new AppError('conflict', 'errors.library.challenge_cancelled');
			await transaction(db, async (trx) => {
				await repo.updateChallenge(trx, c.id, { status: 'cancelled', updated_at: nowIso() });
				await recordAudit(trx, clock, auth, { action: 'library.challenge.cancel', entityType: 'reading_challenge', entityId: c.id, scopeUnitId: c.unit_id });
			});
			return challengeOut((await repo.findChallenge(k, c.id))!);
		},

		/** The reader joins (once; joining again answers the same entry). Books already read in the dates count. */
		async joinChallenge(auth: AuthContext, id: string): Promise<ProgressOut> {
			requireActor(auth);
			const { c } = await readable(auth, id);
			if (c.status !== 'open') throw new AppError('conflict', 'errors.library.challenge_cancelled');
			if (today() > c.ends_on) throw new AppError('conflict', 'errors.library.challenge_over');
			const accountId = auth.actor.accountId;
			if (await repo.insertEntry(k, { id: newId(), challenge_id: c.id, account_id: accountId, joined_at: nowIso(), reached_at: null, books: null, certificate_id: null })) {
				await recordAudit(k, clock, auth, { action: 'library.challenge.join', entityType: 'reading_challenge', entityId: c.id, scopeUnitId: c.unit_id });
				await queueCheck(accountId, `Xét thử thách đọc "${c.title}" cho bạn đọc vừa tham gia`);
			}
			return (await myProgress(c, accountId))!;
		},

		/** The reader leaves a challenge they have not reached. */
		async leaveChallenge(auth: AuthContext, id: string): Promise<void> {
			requireActor(auth);
			const { c } = await readable(auth, id);
			const e = await repo.findEntry(k, c.id, auth.actor.accountId);
			if (!e) throw new AppError('not_found');
			if (!(await repo.deleteEntry(k, e.id))) throw new AppError('conflict', 'errors.library.challenge_reached');
			await recordAudit(k, clock, auth, { action: 'library.challenge.leave', entityType: 'reading_challenge', entityId: c.id, scopeUnitId: c.unit_id });
		},

		/** Its organisers: who joined, their progress, who reached it (at most ENTRIES_PAGE, joined first first). */
		async challengeEntries(auth: AuthContext, id: string) {
			const c = await managed(auth, id);
			const [entries, progress] = await Promise.all([repo.entriesOf(k, c.id, ENTRIES_PAGE), repo.progress(k, c, asOfFor(c), null)]);
			return {
				challenge: challengeOut(c),
				items: entries.map((e) => ({ name: e.display_name, login: e.login, joinedAt: e.joined_at, books: progress.get(e.account_id)?.books ?? 0, onLoan: progress.get(e.account_id)?.onLoan ?? 0, reachedAt: e.reached_at, certificateCode: e.certificate_code })),
				truncated: c.participants > entries.length
			};
		},

		/** The reader's challenges with their progress (their record). */
		async myChallengeEntries(auth: AuthContext) {
			requireActor(auth);
			const rows = await repo.entriesOfReader(k, auth.actor.accountId);
			const out = [];
			for (const r of rows) {
				const p = r.reached_at ? { books: Number(r.reached_books ?? r.goal_books), onLoan: 0 } : ((await repo.progress(k, r, asOfFor(r), [auth.actor.accountId])).get(auth.actor.accountId) ?? { books: 0, onLoan: 0 });
				out.push({ ...challengeOut(r), mine: { joinedAt: r.joined_at, books: p.books, onLoan: p.onLoan, goalBooks: Number(r.goal_books), reachedAt: r.reached_at, certificateCode: r.certificate_code } satisfies ProgressOut });
			}
			return out;
		},

		/** A reader's progress may have changed (a book came back): their check is queued. */
		readingChanged: (accountId: string) => queueCheck(accountId, 'Xét thử thách đọc sau khi bạn đọc trả sách'),

		/**
		 * The job: every entry whose reader has met the goal (of one reader, or all) is marked
		 * reached once and certified in the same transaction; the reader is emailed. Bears running
		 * twice and at once (the claim lets one through). Challenges over are looked at for a week
		 * after their end (`overSince` another day: the demo's seed). Answers how many certificates it issued.
		 */
		async checkChallenges(accountId: string | null = null, opts: { overSince?: string } = {}): Promise<number> {
			let issued = 0;
			for (const c of await repo.challengesToCheck(k, today(), accountId, opts.overSince ?? addDays(today(), -7))) {
				for (const e of await repo.entriesReaching(k, c, asOfFor(c), accountId)) {
					const code = await transaction(db, async (trx) => {
						if (!(await repo.claimReached(trx, e.id, nowIso(), e.books))) return null;
						const cert = await deps.credentials.issueAward(trx, JOB_AUTH, { kind: 'reading_challenge', orgId: c.org_id, orgName: c.org_name, unitId: c.unit_id, title: c.title, books: e.books, accountId: e.account_id, name: e.display_name });
						await repo.setEntryCertificate(trx, e.id, cert.id);
						return cert.code;
					});
					if (!code) continue;
					issued++;
					if (e.email && e.status === 'active') await outbox.post({ to: e.email, ...LIBRARY_MAIL.challengeReached(e.display_name, c.title, e.books, links.verifyCertificate(code)) }, `Chúc mừng hoàn thành thử thách đọc: ${c.title}`);
				}
			}
			return issued;
		}
	};
}
