/**
 * Online quiz contests (cuộc thi tìm hiểu), the Week's usual contest: open and close at set
 * times, each attempt draws its questions from the contest's bank, one attempt per person (a
 * unique index), a time limit checked on the server, a ranking by score then time, prizes. It
 * must hold thousands submitting within the same minutes: the submit path is one UPDATE against
 * an attempt (no transaction around reads), scored against the bank kept in memory (a bank never
 * changes once the contest is open).
 */
import { randomInt } from 'node:crypto';
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { PeopleLookups } from '../people/people.service';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './contests.repository';
import { contestCreate, submission, type AttemptOut, type ContestOut } from './contests.schemas';

export interface ContestsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	places: { lookups: PlaceLookups };
	people: { lookups: PeopleLookups };
}

/** A submission arriving this long after the deadline still counts (the network's delay). */
export const GRACE_MS = 10_000;

type Bank = Map<string, { prompt: string; choices: string[]; answer: number }>;

/** "Nguyễn Thị Lan" → "N. T. Lan": the public ranking names people so. */
export const publicName = (name: string): string => {
	const parts = name.trim().split(/\s+/);
	return parts.length < 2 ? parts[0] ?? '' : `${parts.slice(0, -1).map((p) => `${p[0]}.`).join(' ')} ${parts.at(-1)}`;
};

export function createContestsService({ db, clock, access, places, people }: ContestsDeps) {
	const k = db.kysely;
	const nowIso = () => clock.now().toISOString();
	const banks = new Map<string, Promise<Bank>>();
	const bankOf = (contestId: string): Promise<Bank> => {
		let b = banks.get(contestId);
		if (!b) {
			b = repo.questionsOf(k, contestId).then((rows) => new Map(rows.map((q) => [q.id, { prompt: q.prompt, choices: JSON.parse(q.choices) as string[], answer: Number(q.answer) }])));
			banks.set(contestId, b);
			b.catch(() => banks.delete(contestId));
		}
		return b;
	};

	const stateOf = (c: repo.ContestRow): ContestOut['state'] => {
		const now = nowIso();
		return now < c.opens_at ? 'upcoming' : now < c.closes_at ? 'open' : 'closed';
	};

	async function contestOut(auth: AuthContext, c: repo.ContestRow): Promise<ContestOut> {
		return {
			id: c.id,
			title: c.title,
			description: c.description,
			unitId: c.unit_id,
			unitName: c.unit_name,
			campaignId: c.campaign_id,
			opensAt: c.opens_at,
			closesAt: c.closes_at,
			questionCount: Number(c.question_count),
			timeLimitSeconds: Number(c.time_limit_seconds),
			prizes: c.prizes,
			state: stateOf(c),
			entries: await repo.entriesOf(k, c.id),
			can: { manage: auth.actor ? await access.allows(auth, 'contests.manage', { unitId: c.unit_id }) : false }
		};
	}

	async function attemptOut(a: repo.AttemptRow): Promise<AttemptOut> {
		const bank = await bankOf(a.contest_id);
		return {
			id: a.id,
			contestId: a.contest_id,
			startedAt: a.started_at,
			deadlineAt: a.deadline_at,
			submittedAt: a.submitted_at,
			score: a.score === null ? null : Number(a.score),
			durationMs: a.duration_ms === null ? null : Number(a.duration_ms),
			questions: (JSON.parse(a.question_ids) as string[]).map((id) => ({ id, prompt: bank.get(id)?.prompt ?? '', choices: bank.get(id)?.choices ?? [] }))
		};
	}

	async function requireContest(id: string): Promise<repo.ContestRow> {
		const c = UUID_RE.test(id) ? await repo.findContest(k, id) : undefined;
		if (!c) throw new AppError('not_found');
		return c;
	}

	return {
		/** Opens a contest in a commune (or the city) with its bank of questions. */
		async create(auth: AuthContext, input: unknown): Promise<ContestOut> {
			requireActor(auth);
			const v = parseInput(contestCreate, input);
			const unit = await places.lookups.unit(v.unitId);
			if (!unit || !(await access.allows(auth, 'contests.manage', { unitId: unit.id }))) throw invalidField('unitId', 'errors.contests.unit');
			const id = newId();
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.insertContest(trx, { id, campaign_id: v.campaignId ?? null, unit_id: unit.id, title: v.title, description: v.description ?? '', opens_at: v.opensAt, closes_at: v.closesAt, question_count: v.questionCount, time_limit_seconds: v.timeLimitSeconds, prizes: v.prizes ?? '', created_by_account_id: auth.actor.accountId, created_at: at, updated_at: at });
				await repo.insertQuestions(trx, v.questions.map((q, i) => ({ id: newId(), contest_id: id, position: i + 1, prompt: q.prompt, choices: JSON.stringify(q.choices), answer: q.answer })));
				await recordAudit(trx, clock, auth, { action: 'contest.create', entityType: 'contest', entityId: id, scopeUnitId: unit.id, after: { title: v.title, questions: v.questions.length } });
			});
			return contestOut(auth, (await repo.findContest(k, id))!);
		},

		/** The signed-in person's attempt at a contest, if they have begun one (null otherwise). */
		async myAttempt(auth: AuthContext, contestId: string): Promise<AttemptOut | null> {
			if (!auth.actor) return null;
			const c = await requireContest(contestId);
			const a = await repo.attemptOf(k, c.id, auth.actor.accountId);
			return a ? attemptOut(a) : null;
		},

		/** The latest contests, for everyone (the events page lists them). */
		async recent(auth: AuthContext): Promise<ContestOut[]> {
			return Promise.all((await repo.recentContests(k, 5)).map((c) => contestOut(auth, c)));
		},

		/** A contest, for everyone. */
		async get(auth: AuthContext, id: string): Promise<ContestOut> {
			return contestOut(auth, await requireContest(id));
		},

		/**
		 * Taking part: the person's one attempt, its questions drawn from the bank and its deadline
		 * set now. Asking again while it is open answers the same attempt (a reload loses nothing);
		 * once submitted, another is refused.
		 */
		async start(auth: AuthContext, contestId: string): Promise<AttemptOut> {
			requireActor(auth);
			const c = await requireContest(contestId);
			const mine = await repo.attemptOf(k, c.id, auth.actor.accountId);
			if (mine?.submitted_at) throw new AppError('conflict', 'errors.contests.already');
			if (mine) return attemptOut(mine);
			const state = stateOf(c);
			if (state !== 'open') throw new AppError('conflict', state === 'upcoming' ? 'errors.contests.not_open' : 'errors.contests.closed');
			const ids = [...(await bankOf(c.id)).keys()];
			// a fair draw: the first question_count of a shuffle
			for (let i = ids.length - 1; i > 0; i--) {
				const j = randomInt(i + 1);
				[ids[i], ids[j]] = [ids[j]!, ids[i]!];
			}
			const now = clock.now();
			const resident = await people.lookups.residentOfAccount(auth.actor.accountId);
			const row: repo.AttemptRow = { id: newId(), contest_id: c.id, account_id: auth.actor.accountId, resident_id: resident?.id ?? null, name: resident?.full_name ?? auth.actor.displayName, unit_id: resident?.village_id ?? null, question_ids: JSON.stringify(ids.slice(0, Number(c.question_count))), started_at: now.toISOString(), deadline_at: new Date(Math.min(now.getTime() + Number(c.time_limit_seconds) * 1000, new Date(c.closes_at).getTime())).toISOString(), submitted_at: null, answers: null, score: null, duration_ms: null };
			if (!(await repo.insertAttempt(k, row))) {
				// the same person twice at once: the unique index let one through
				const first = (await repo.attemptOf(k, c.id, auth.actor.accountId))!;
				if (first.submitted_at) throw new AppError('conflict', 'errors.contests.already');
				return attemptOut(first);
			}
			return attemptOut(row);
		},

		/**
		 * The answers, once: scored against the bank, the time taken from the start; refused after
		 * the deadline (with a few seconds' grace for the network) and when already submitted.
		 * One UPDATE: thousands can submit within the same minute.
		 */
		async submit(auth: AuthContext, attemptId: string, input: unknown): Promise<{ score: number; outOf: number; durationMs: number }> {
			requireActor(auth);
			const a = UUID_RE.test(attemptId) ? await repo.findAttempt(k, attemptId) : undefined;
			if (!a || a.account_id !== auth.actor.accountId) throw new AppError('not_found');
			if (a.submitted_at) throw new AppError('conflict', 'errors.contests.already');
			const v = parseInput(submission, input);
			const now = clock.now();
			if (now.getTime() > new Date(a.deadline_at).getTime() + GRACE_MS) throw new AppError('conflict', 'errors.contests.too_late');
			const ids = JSON.parse(a.question_ids) as string[];
			if (v.answers.length > ids.length) throw invalidField('answers', 'errors.contests.answers');
			const bank = await bankOf(a.contest_id);
			const score = ids.reduce((n, id, i) => n + (bank.get(id)?.answer === v.answers[i] ? 1 : 0), 0);
			const durationMs = Math.max(0, now.getTime() - new Date(a.started_at).getTime());
			if (!(await repo.submitAttempt(k, a.id, auth.actor.accountId, { submitted_at: now.toISOString(), answers: JSON.stringify(v.answers), score, duration_ms: durationMs }))) throw new AppError('conflict', 'errors.contests.already');
			return { score, outOf: ids.length, durationMs };
		},

		/** The ranking by score, then time: initials and given name for everyone; whole names for those who run the contest. */
		async ranking(auth: AuthContext, contestId: string, limit = 50) {
			const c = await requireContest(contestId);
			const manage = auth.actor ? await access.allows(auth, 'contests.manage', { unitId: c.unit_id }) : false;
			const rows = await repo.ranking(k, c.id, Math.min(Math.max(1, limit), 1000));
			return { items: rows.map((r, i) => ({ rank: i + 1, name: manage ? r.name : publicName(r.name), score: Number(r.score), durationMs: Number(r.duration_ms) })), entries: await repo.entriesOf(k, c.id) };
		}
	};
}

export type ContestsService = ReturnType<typeof createContestsService>;
