/**
 * Criteria sets as versioned data (generic: learning titles now, the schools' "dạy tốt, học tốt"
 * emulation later). A set is keyed by a subject kind, a year and a version: sections → criteria,
 * each with its points and how it is evidenced — `records` (computed from what the platform holds,
 * from a named source, full points at `target`), `declared` (by the household or person) or
 * `document` (attested with a paper) — and the pass mark. A new version is a new set; a set is
 * never changed once made.
 */
import { z } from 'zod';
import { optionalText } from '../../platform/fields';
import { humanText } from '../../platform/validation';

/** The subjects a set may be for: the five learning titles now; others (school_emulation) join this list. */
export const SUBJECT_KINDS = ['family', 'clan', 'community', 'unit', 'citizen', 'school_emulation'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const EVIDENCE_KINDS = ['records', 'declared', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * What a `records` criterion is computed from, over the subject's members in the year:
 * hours of class attended, class sessions attended, online courses completed, certificates held
 * (not revoked), members with any learning, and that as a percentage of the adult members; and,
 * from the Week and the bookshelves, events attended (checked in at the door) and books borrowed
 * (a loan the reader has not hidden from their record).
 */
export const RECORD_SOURCES = ['class_hours', 'class_sessions', 'online_completions', 'certificates', 'active_learners', 'active_learner_share', 'events_attended', 'books_borrowed'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

export const MAX_SECTIONS = 12;
export const MAX_CRITERIA = 40;
const key = z.string().trim().regex(/^[a-z0-9_]{1,40}$/, 'errors.criteria.key');
const points = z.coerce.number().int().min(1).max(100);

export const criterionInput = z
	.object({
		key,
		text: humanText(400),
		/** the same criterion in plain words, for a self-assessment an older person can use */
		plain: optionalText(300),
		points,
		evidence: z.enum(EVIDENCE_KINDS),
		source: z.enum(RECORD_SOURCES).optional().nullable(),
		target: z.coerce.number().int().min(1).max(100_000).optional().nullable()
	})
	.strict()
	.superRefine((c, ctx) => {
		if (c.evidence === 'records' && !c.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'errors.criteria.source_needed' });
		if (c.evidence === 'records' && !c.target) ctx.addIssue({ code: 'custom', path: ['target'], message: 'errors.criteria.target_needed' });
	});

export const sectionInput = z.object({ key, title: humanText(200), criteria: z.array(criterionInput).min(1).max(MAX_CRITERIA) }).strict();

export const criteriaSetInput = z
	.object({
		year: z.coerce.number().int().min(2015).max(2100),
		name: humanText(200),
		basis: optionalText(300),
		passMark: z.coerce.number().int().min(1).max(1000),
		note: optionalText(1000),
		confirmed: z.boolean().optional(),
		sections: z.array(sectionInput).min(1).max(MAX_SECTIONS)
	})
	.strict()
	.superRefine((s, ctx) => {
		const keys = new Set<string>();
		s.sections.forEach((sec, i) =>
			sec.criteria.forEach((c, j) => {
				if (keys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'criteria', j, 'key'], message: 'errors.criteria.duplicate_key' });
				keys.add(c.key);
			})
		);
		const max = s.sections.reduce((a, sec) => a + sec.criteria.reduce((b, c) => b + c.points, 0), 0);
		if (s.passMark > max) ctx.addIssue({ code: 'custom', path: ['passMark'], message: 'errors.criteria.pass_above_max', params: { max } });
	});
export type CriteriaSetInput = z.output<typeof criteriaSetInput>;

export interface Criterion {
	key: string;
	text: string;
	plain: string | null;
	points: number;
	evidence: EvidenceKind;
	source: RecordSource | null;
	target: number | null;
}
export interface Section {
	key: string;
	title: string;
	criteria: Criterion[];
}

export interface CriteriaSetOut {
	id: string;
	subjectKind: string;
	year: number;
	version: number;
	name: string;
	basis: string | null;
	maxPoints: number;
	passMark: number;
	confirmed: boolean;
	note: string | null;
	createdAt: string;
	sections: Section[];
	/** whether an assessment was scored under it (it is then kept as it is, forever) */
	inUse?: boolean;
}

/** The set as stored: sections normalised (nulls where nothing was given). */
export function normaliseSections(sections: CriteriaSetInput['sections']): Section[] {
	return sections.map((s) => ({
		key: s.key,
		title: s.title,
		criteria: s.criteria.map((c) => ({ key: c.key, text: c.text, plain: c.plain ?? null, points: c.points, evidence: c.evidence, source: c.evidence === 'records' ? (c.source ?? null) : null, target: c.evidence === 'records' ? (c.target ?? null) : null }))
	}));
}

export const criteriaSetOutSchema = z.object({
	id: z.string(),
	subjectKind: z.string(),
	year: z.number().int(),
	version: z.number().int(),
	name: z.string(),
	basis: z.string().nullable(),
	maxPoints: z.number().int(),
	passMark: z.number().int(),
	confirmed: z.boolean(),
	note: z.string().nullable(),
	createdAt: z.string(),
	inUse: z.boolean().optional(),
	sections: z.array(
		z.object({
			key: z.string(),
			title: z.string(),
			criteria: z.array(z.object({ key: z.string(), text: z.string(), plain: z.string().nullable(), points: z.number().int(), evidence: z.enum(EVIDENCE_KINDS), source: z.enum(RECORD_SOURCES).nullable(), target: z.number().int().nullable() }))
		})
	)
});
