/**
 * Scoring against a criteria set: pure, the same for every subject kind. A `records` criterion
 * earns its points in proportion to its source's figure up to the target (floored to whole
 * points); a `declared` or `document` criterion earns what was given for it, at most its points.
 * Passed: the total reaches the pass mark.
 */
import type { Criterion, RecordSource, Section } from './criteria.schemas';

/** Builders for a seeded set's criteria: from records (a source and its target), declared, or shown by a document. */
export const rec = (key: string, text: string, points: number, source: RecordSource, target: number, plain?: string) => ({ key, text, points, evidence: 'records' as const, source, target, plain: plain ?? null });
export const dec = (key: string, text: string, points: number, plain?: string) => ({ key, text, points, evidence: 'declared' as const, plain: plain ?? null });
export const doc = (key: string, text: string, points: number, plain?: string) => ({ key, text, points, evidence: 'document' as const, plain: plain ?? null });

export type Metrics = Partial<Record<RecordSource, number>>;
/** points given per criterion key (declared or attested); a records criterion ignores what is given */
export type Answers = Record<string, number | undefined>;

export interface CriterionScore {
	key: string;
	section: string;
	points: number;
	max: number;
	evidence: Criterion['evidence'];
	/** for records: the figure it was computed from */
	value?: number;
}

export interface Score {
	total: number;
	max: number;
	passMark: number;
	passed: boolean;
	criteria: CriterionScore[];
}

export function recordPoints(c: Pick<Criterion, 'points' | 'target'>, value: number): number {
	const target = c.target ?? 1;
	if (!(value > 0)) return 0;
	return Math.floor((c.points * Math.min(value, target)) / target);
}

/** Scores answers and figures against a set's sections. */
export function scoreSet(set: { sections: Section[]; passMark: number }, answers: Answers, metrics: Metrics): Score {
	const criteria: CriterionScore[] = [];
	for (const s of set.sections)
		for (const c of s.criteria) {
			if (c.evidence === 'records') {
				const value = metrics[c.source!] ?? 0;
				criteria.push({ key: c.key, section: s.key, points: recordPoints(c, value), max: c.points, evidence: c.evidence, value });
			} else {
				const given = answers[c.key];
				const points = given === undefined || !Number.isFinite(given) ? 0 : Math.max(0, Math.min(c.points, Math.floor(given)));
				criteria.push({ key: c.key, section: s.key, points, max: c.points, evidence: c.evidence });
			}
		}
	const total = criteria.reduce((a, c) => a + c.points, 0);
	const max = criteria.reduce((a, c) => a + c.max, 0);
	return { total, max, passMark: set.passMark, passed: total >= set.passMark, criteria };
}

/** The keys of the answers given above a criterion's points or below zero (told back as field messages). */
export function answersOutOfRange(sections: Section[], answers: Answers): string[] {
	const bad: string[] = [];
	for (const s of sections)
		for (const c of s.criteria) {
			const v = answers[c.key];
			if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > c.points)) bad.push(c.key);
		}
	return bad;
}
