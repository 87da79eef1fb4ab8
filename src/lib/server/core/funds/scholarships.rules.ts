/**
 * The rules of a scholarship round that need no database: a review's points checked against the
 * round's criteria, a nomination's score, the ranking, and which nominations fit what is left of
 * the budget and the places.
 */
import type { FieldMessage } from '../../platform/errors';
import type { Criterion } from './scholarships.schemas';

export type ScoreCheck = { ok: true; scores: Record<string, number>; total: number } | { ok: false; fields: Record<string, FieldMessage> };

/**
 * A reviewer's points, one whole number per criterion from 0 to its maximum (every criterion
 * marked; "" counts as missing); unknown keys refused. The total is the sum (the maximum points
 * are the weights).
 */
export function checkScores(criteria: readonly Criterion[], given: Record<string, number | string>): ScoreCheck {
	const fields: Record<string, FieldMessage> = {};
	const scores: Record<string, number> = {};
	for (const key of Object.keys(given)) if (!criteria.some((c) => c.key === key)) fields[`scores.${key}`] = { key: 'errors.field.unknown' };
	for (const c of criteria) {
		const raw = given[c.key];
		const s = typeof raw === 'string' ? raw.trim() : raw;
		const n = s === undefined || s === '' ? NaN : Number(s);
		if (s === undefined || s === '') fields[`scores.${c.key}`] = { key: 'errors.field.required' };
		else if (!Number.isInteger(n) || n < 0 || n > c.maxPoints) fields[`scores.${c.key}`] = { key: 'errors.scholarships.points', params: { max: c.maxPoints } };
		else scores[c.key] = n;
	}
	if (Object.keys(fields).length) return { ok: false, fields };
	return { ok: true, scores, total: Object.values(scores).reduce((a, b) => a + b, 0) };
}

/** The mean of the totals of the reviews that declared no conflict, to one decimal; null when none. */
export function nominationScore(reviews: readonly { conflict: boolean; total: number }[]): number | null {
	const counted = reviews.filter((r) => !r.conflict);
	if (!counted.length) return null;
	return Math.round((counted.reduce((a, r) => a + r.total, 0) * 10) / counted.length) / 10;
}

export interface Rankable {
	id: string;
	score: number | null;
	/** reviews counted (without a conflict) */
	reviews: number;
	createdAt: string;
}

/**
 * Highest score first; on equal scores the one more reviewers scored, then the one nominated
 * first, then by id — the same order every time. Unscored nominations come last, unranked.
 */
export function rank<T extends Rankable>(items: readonly T[]): (T & { rank: number | null })[] {
	const sorted = [...items].sort((a, b) => {
		if (a.score === null || b.score === null) return a.score === b.score ? a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id) : a.score === null ? 1 : -1;
		return b.score - a.score || b.reviews - a.reviews || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
	});
	return sorted.map((n, i) => ({ ...n, rank: n.score === null ? null : i + 1 }));
}

export interface RoundRoom {
	budget: number;
	places: number;
	committed: number;
	awarded: number;
}

/** Whether one more award of `amount` fits: null when it does, or what is short. */
export function refusal(room: RoundRoom, amount: number): { reason: 'budget' | 'places'; left: number } | null {
	if (room.awarded >= room.places) return { reason: 'places', left: 0 };
	if (room.committed + amount > room.budget) return { reason: 'budget', left: room.budget - room.committed };
	return null;
}

/**
 * The next nominations in rank order that fit what is left, each at its amount; stops at the first
 * that does not fit (a lower-ranked pupil never passes a higher-ranked one for being cheaper).
 */
export function fitInOrder<T extends { rank: number | null }>(ranked: readonly T[], room: RoundRoom, amountOf: (n: T) => number): T[] {
	const chosen: T[] = [];
	let { committed, awarded } = room;
	for (const n of ranked) {
		if (n.rank === null) break;
		const amount = amountOf(n);
		if (refusal({ ...room, committed, awarded }, amount)) break;
		chosen.push(n);
		committed += amount;
		awarded += 1;
	}
	return chosen;
}
