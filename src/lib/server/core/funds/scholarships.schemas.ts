/**
 * Scholarship rounds: what is typed to set criteria, open a round, nominate a pupil, review and
 * approve, and what is answered. Money in whole đồng (typed as "1.500.000" too); points whole.
 */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';
import { dong } from './funds.schemas';

export const ROUND_STATUSES = ['open', 'reviewing', 'decided', 'paid'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const NOMINATOR_KINDS = ['school', 'association', 'guardian'] as const;
/** the typical criteria set seeded by migration 0022 (unconfirmed; administrators add versions) */
export const TYPICAL_CRITERIA_SET_ID = '01900000-0000-7000-8000-00000000c001';
export const MAX_CRITERIA = 20;
export const MAX_POINTS = 100;
export const MAX_PLACES = 1000;
/** evidence files: photos (re-encoded, no location data kept) and PDFs, 5 MB each, 10 a nomination */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const DOCUMENTS_PER_NOMINATION = 10;

const KEY = /^[a-z][a-z0-9_]{1,39}$/;

export const criterion = z
	.object({
		key: z.string().trim().regex(KEY, 'errors.scholarships.criterion_key'),
		label: humanText(200),
		maxPoints: z.coerce.number().int().min(1).max(MAX_POINTS),
		evidence: z.string().trim().max(500).default(''),
		documents: z.array(humanText(200)).max(10).default([])
	})
	.strict();
export type Criterion = z.output<typeof criterion>;

/** A new version of a criteria set (or the first of a new family). */
export const criteriaSetCreate = z
	.object({
		/** the set this is a new version of; omitted for a new set */
		family: z.string().trim().regex(/^[a-z0-9-]{3,60}$/, 'errors.field.invalid').optional().or(z.literal('').transform(() => undefined)),
		name: humanText(200),
		criteria: z.array(criterion).min(1).max(MAX_CRITERIA),
		confirmed: z.union([z.boolean(), z.enum(['on', 'true', '1', ''])]).transform((v) => v === true || v === 'on' || v === 'true' || v === '1').default(false),
		note: optionalText(1000)
	})
	.strict()
	.superRefine((v, ctx) => {
		const seen = new Set<string>();
		v.criteria.forEach((c, i) => {
			if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'key'], message: 'errors.scholarships.criterion_twice' });
			seen.add(c.key);
		});
	});

export const roundCreate = z
	.object({
		fundId: uuid,
		name: humanText(200, 3),
		/** "2026-2027" */
		schoolYear: z.string().trim().regex(/^\d{4}-\d{4}$/, 'errors.scholarships.school_year'),
		criteriaSetId: uuid,
		budget: dong,
		places: z.coerce.number().int().min(1).max(MAX_PLACES),
		/** the award each pupil gets unless the chair approves another amount */
		awardAmount: dong,
		opensOn: calendarDate,
		closesOn: calendarDate
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.closesOn < v.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'errors.scholarships.closes_before' });
		if (v.awardAmount > v.budget) ctx.addIssue({ code: 'custom', path: ['awardAmount'], message: 'errors.scholarships.award_over_budget' });
	});

export const roundListQuery = z.object({ fund: uuid.optional().or(z.literal('').transform(() => undefined)) });

export const reviewerAdd = z.object({ login: z.string().trim().min(1).max(100) }).strict();

export const nominationCreate = z
	.object({
		/** the pupil's resident record, when there is one */
		residentId: uuid.optional().or(z.literal('').transform(() => undefined)),
		pupilName: humanText(200, 3).optional().or(z.literal('').transform(() => undefined)),
		birthYear: z.coerce.number().int().min(1990).max(2030).optional().or(z.literal('').transform(() => undefined)),
		/** the school as an organisation in the register, or by name */
		schoolOrgId: uuid.optional().or(z.literal('').transform(() => undefined)),
		schoolName: humanText(200).optional().or(z.literal('').transform(() => undefined)),
		className: humanText(20),
		villageId: uuid.optional().or(z.literal('').transform(() => undefined)),
		circumstances: humanText(3000, 10),
		/** per criterion: what is claimed (free text; empty when the criterion does not apply) */
		claims: z.record(z.string(), z.string().trim().max(500)).default({})
	})
	.strict();

export const reviewInput = z
	.object({
		conflict: z.union([z.boolean(), z.enum(['on', 'true', '1', ''])]).transform((v) => v === true || v === 'on' || v === 'true' || v === '1').default(false),
		conflictReason: optionalText(500),
		/** whole points per criterion key, 0..maxPoints */
		scores: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
		note: optionalText(1000)
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.conflict && !v.conflictReason) ctx.addIssue({ code: 'custom', path: ['conflictReason'], message: 'errors.scholarships.conflict_reason' });
	});

export const approvalInput = z
	.object({
		/** defaults to the round's award amount */
		amount: dong.optional().or(z.literal('').transform(() => undefined))
	})
	.strict();

export const payoutInput = z.object({ paidOn: calendarDate }).strict();

export const receiptListQuery = z.object({ format: z.enum(['pdf', 'xlsx']).default('pdf') });

export const criteriaSetOut = z.object({
	id: z.string(),
	family: z.string(),
	version: z.number().int(),
	name: z.string(),
	criteria: z.array(criterion),
	totalPoints: z.number().int(),
	confirmed: z.boolean(),
	note: z.string().nullable(),
	createdAt: z.string()
});
export type CriteriaSetOut = z.output<typeof criteriaSetOut>;

export const roundOut = z.object({
	id: z.string(),
	fundId: z.string(),
	fundName: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	name: z.string(),
	schoolYear: z.string(),
	criteriaSetId: z.string(),
	budget: z.number().int(),
	places: z.number().int(),
	awardAmount: z.number().int(),
	opensOn: z.string(),
	closesOn: z.string(),
	status: z.enum(ROUND_STATUSES),
	/** đồng approved so far, and how many pupils */
	committed: z.number().int(),
	awarded: z.number().int(),
	nominations: z.number().int(),
	paidOn: z.string().nullable(),
	createdAt: z.string()
});
export type RoundOut = z.output<typeof roundOut>;

export const nominationOut = z.object({
	id: z.string(),
	roundId: z.string(),
	residentId: z.string().nullable(),
	pupilName: z.string(),
	birthYear: z.number().int(),
	schoolName: z.string(),
	className: z.string(),
	villageName: z.string(),
	circumstances: z.string(),
	claims: z.record(z.string(), z.string()),
	nominatorKind: z.enum(NOMINATOR_KINDS),
	status: z.enum(['nominated', 'approved']),
	amount: z.number().int().nullable(),
	entryId: z.string().nullable(),
	/** mean points of the reviews without a conflict (null until the caller may see scores, or none yet) */
	score: z.number().nullable(),
	reviews: z.number().int(),
	rank: z.number().int().nullable(),
	documents: z.array(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int() })),
	createdAt: z.string()
});
export type NominationOut = z.output<typeof nominationOut>;

export const reviewOut = z.object({
	reviewer: z.string(),
	conflict: z.boolean(),
	conflictReason: z.string().nullable(),
	scores: z.record(z.string(), z.number().int()),
	total: z.number().int(),
	note: z.string().nullable(),
	submittedAt: z.string()
});
