import { describe, expect, it } from 'vitest';
import { parseInput } from '../../platform/validation';
import { AppError } from '../../platform/errors';
import { TITLE_CRITERIA_SEEDS } from '../titles/titles.criteria.data';
import { answersOutOfRange, recordPoints, scoreSet } from './criteria.rules';
import { criteriaSetInput, normaliseSections } from './criteria.schemas';
import { computeEvidence, isAdultOn, sessionHours } from '../titles/titles.evidence';

const family = TITLE_CRITERIA_SEEDS.find((s) => s.kind === 'family')!.set;
const citizen = TITLE_CRITERIA_SEEDS.find((s) => s.kind === 'citizen')!.set;
const parsed = (s: typeof family) => {
	const v = parseInput(criteriaSetInput, { ...s, year: 2015 });
	return { sections: normaliseSections(v.sections), passMark: v.passMark };
};

describe('criteria sets and scoring', () => {
	it('seeds a learning family of 100 points in four sections, and a learning citizen of 3 competencies, 10 criteria, 100 points', () => {
		for (const s of TITLE_CRITERIA_SEEDS) expect(() => parseInput(criteriaSetInput, { ...s.set, year: 2015 })).not.toThrow();
		const f = parsed(family);
		expect(f.sections.map((s) => s.criteria.reduce((a, c) => a + c.points, 0))).toEqual([30, 30, 20, 20]);
		const c = parsed(citizen);
		expect(c.sections).toHaveLength(3);
		expect(c.sections.flatMap((s) => s.criteria)).toHaveLength(10);
		expect(c.sections.flatMap((s) => s.criteria).reduce((a, x) => a + x.points, 0)).toBe(100);
		expect(c.sections.flatMap((s) => s.criteria).every((x) => x.plain)).toBe(true);
	});

	it('gives records points in proportion to the figure up to the target, floored; declared points as given, capped', () => {
		expect(recordPoints({ points: 10, target: 20 }, 0)).toBe(0);
		expect(recordPoints({ points: 10, target: 20 }, 7)).toBe(3);
		expect(recordPoints({ points: 10, target: 20 }, 20)).toBe(10);
		expect(recordPoints({ points: 10, target: 20 }, 500)).toBe(10);
		const f = parsed(family);
		const all = Object.fromEntries(f.sections.flatMap((s) => s.criteria.filter((c) => c.evidence !== 'records').map((c) => [c.key, c.points])));
		const none = scoreSet(f, all, {});
		expect(none.total).toBe(55);
		expect(none.passed).toBe(false);
		const full = scoreSet(f, all, { active_learners: 2, class_hours: 20, online_completions: 1, certificates: 1 });
		expect(full).toMatchObject({ total: 100, max: 100, passMark: 80, passed: true });
		const some = scoreSet(f, all, { active_learners: 1, class_hours: 10, online_completions: 0, certificates: 1 });
		// 55 declared + 7 (15·1/2) + 5 (10·10/20) + 0 + 10
		expect(some.total).toBe(77);
		expect(some.criteria.find((c) => c.key === 'adults_hours')).toMatchObject({ points: 5, max: 10, value: 10, evidence: 'records' });
		// a records criterion ignores what is typed for it
		expect(scoreSet(f, { ...all, adults_learning: 15 }, {}).total).toBe(55);
		expect(answersOutOfRange(f.sections, { children_attend: 11, adults_literate: 5, effect_life: -1 })).toEqual(['children_attend', 'effect_life']);
	});

	it('refuses a set whose pass mark exceeds its points, a duplicate key, a records criterion without a source', () => {
		const bad = (over: Record<string, unknown>) => {
			try {
				parseInput(criteriaSetInput, { ...family, year: 2026, ...over });
				return null;
			} catch (e) {
				return (e as AppError).fields;
			}
		};
		expect(bad({ passMark: 101 })?.passMark?.key).toBe('errors.criteria.pass_above_max');
		const dup = structuredClone(family.sections);
		dup[1]!.criteria[0]!.key = 'children_attend';
		expect(bad({ sections: dup })?.['sections.1.criteria.0.key']?.key).toBe('errors.criteria.duplicate_key');
		const nosrc = structuredClone(family.sections) as unknown as { criteria: Record<string, unknown>[] }[];
		nosrc[1]!.criteria[1]!.source = null;
		expect(bad({ sections: nosrc })?.['sections.1.criteria.1.source']?.key).toBe('errors.criteria.source_needed');
	});

	it("sums a household's evidence from its members, each record once, adults from 15", () => {
		expect(sessionHours('07:30', '09:00')).toBe(1.5);
		expect(isAdultOn('2011-12-31', '2026-12-31')).toBe(true);
		expect(isAdultOn('2012-01-01', '2026-12-31')).toBe(false);
		const members = [
			{ id: 'a', full_name: 'Bố', account_id: 'acc-a', birth_date: '1980-01-01' },
			{ id: 'b', full_name: 'Mẹ', account_id: null, birth_date: '1982-01-01' },
			{ id: 'c', full_name: 'Con', account_id: null, birth_date: '2015-01-01' }
		];
		const ev = computeEvidence(
			members,
			{
				sessions: [
					{ resident_id: 'a', account_id: 'acc-a', course_id: 'k1', class_title: 'Trồng lúa', session_id: 's1', date: '2026-03-01', starts_at: '19:00', ends_at: '21:00' },
					{ resident_id: null, account_id: 'acc-a', course_id: 'k1', class_title: 'Trồng lúa', session_id: 's1', date: '2026-03-01', starts_at: '19:00', ends_at: '21:00' },
					{ resident_id: 'c', account_id: null, course_id: 'k2', class_title: 'Tin học', session_id: 's2', date: '2026-04-01', starts_at: '08:00', ends_at: '09:30' }
				],
				completions: [{ id: 'm1', resident_id: null, account_id: 'acc-a', course_id: 'k3', title: 'An toàn mạng', mode: 'online', completed_at: '2026-05-01T00:00:00Z' }],
				certificates: [{ code: 'X-1', number: 'N/1', resident_id: 'a', account_id: 'acc-a', course_title: 'Trồng lúa', issued_on: '2026-06-01' }],
				// one event the mother attended, seen twice (by her record and a second row): counted once
				events: [
					{ resident_id: 'b', account_id: null, event_id: 'e1', title: 'Khai mạc Tuần lễ', checked_in_at: '2026-10-01T01:00:00Z' },
					{ resident_id: 'b', account_id: null, event_id: 'e1', title: 'Khai mạc Tuần lễ', checked_in_at: '2026-10-01T01:00:00Z' }
				],
				// books the father borrowed; a stranger's loan is not the household's
				loans: [
					{ account_id: 'acc-a', title_id: 't1', title: 'Dế Mèn phiêu lưu ký', lent_on: '2026-04-21' },
					{ account_id: 'acc-a', title_id: 't2', title: 'Kỹ thuật trồng lúa', lent_on: '2026-05-02' },
					{ account_id: 'acc-z', title_id: 't3', title: 'Truyện Kiều', lent_on: '2026-05-02' }
				]
			},
			'2026-12-31'
		);
		expect(ev.metrics).toEqual({ class_hours: 3.5, class_sessions: 2, online_completions: 1, certificates: 1, active_learners: 2, active_learner_share: 50, events_attended: 1, books_borrowed: 2 });
		expect(ev.items.map((i) => i.href)).toEqual(['/courses/k1', '/courses/k2', '/courses/k3', '/verify/X-1', '/events/e1', '/library/titles/t1', '/library/titles/t2']);
	});
});
