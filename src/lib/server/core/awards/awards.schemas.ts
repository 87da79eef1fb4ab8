/**
 * Awards: what is typed to publish a fund's reward regulation, to propose, decide and pay an
 * award, to nominate someone to the honour board and to record their consent; and what is
 * answered. Money in whole đồng ("1.500.000" accepted, as for the funds).
 */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';
import { dong } from '../funds/funds.schemas';

/** What a rule rewards (giải quốc gia / thành phố / xã, học sinh giỏi, thủ khoa, đỗ đại học, a clan's own rule, other). */
export const ACHIEVEMENTS = ['national_prize', 'city_prize', 'commune_prize', 'excellent_pupil', 'valedictorian', 'university_entrance', 'clan_rule', 'other'] as const;
/** The rank within the achievement (nhất, nhì, ba, khuyến khích) or none. */
export const LEVELS = ['first', 'second', 'third', 'consolation', 'none'] as const;
export const PROPOSAL_STATUSES = ['proposed', 'approved', 'rejected', 'paid'] as const;
export const NOMINATION_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export const CONSENT_STATES = ['none', 'given', 'withdrawn'] as const;
/** how consent was given: a signed paper form, in person before an officer, or from the person's own account */
export const CONSENT_METHODS = ['paper', 'in_person', 'own_account'] as const;
export const MAX_RULES = 40;
export const MAX_PAYOUT = 200;
/** a scan or photo of the evidence: 5 MB at most */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

const blankToUndefined = <T extends z.ZodType>(s: T) => s.optional().or(z.literal('').transform(() => undefined));
const yes = z.union([z.boolean(), z.enum(['on', 'yes', 'true', '1', ''])]).transform((v) => v === true || v === 'on' || v === 'yes' || v === 'true' || v === '1');
const decision = z.enum(['approve', 'reject']);

export const ruleInput = z
	.object({
		achievement: z.enum(ACHIEVEMENTS),
		level: z.enum(LEVELS).default('none'),
		/** how the award reads on the list; made from the achievement and level when left blank */
		label: optionalText(200),
		amount: dong,
		note: optionalText(500)
	})
	.strict();

export const regulationInput = z
	.object({
		title: humanText(200),
		effectiveFrom: calendarDate,
		note: optionalText(2000),
		rules: z.array(ruleInput).min(1, 'errors.awards.no_rules').max(MAX_RULES)
	})
	.strict()
	.superRefine((v, ctx) => {
		const seen = new Set<string>();
		v.rules.forEach((r, i) => {
			const key = `${r.achievement}/${r.level}/${(r.label ?? '').toLowerCase()}`;
			if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'achievement'], message: 'errors.awards.rule_twice' });
			seen.add(key);
		});
	});

/** A school year as it is written: 2025-2026 (the second year follows the first). */
export const schoolYear = z
	.string()
	.trim()
	.regex(/^\d{4}\s*[-–]\s*\d{4}$/, 'errors.awards.school_year')
	.transform((s) => s.replace(/\s/g, '').replace('–', '-'))
	.refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1 && Number(s.slice(0, 4)) >= 2000 && Number(s.slice(0, 4)) <= 2100, 'errors.awards.school_year');

export const proposalInput = z
	.object({
		ruleId: uuid,
		personName: humanText(200),
		residentId: blankToUndefined(uuid),
		/** class, school, what was achieved where */
		details: optionalText(500),
		evidence: humanText(2000, 5),
		schoolYear
	})
	.strict();

export const proposalDecision = z
	.object({ decision, note: optionalText(1000) })
	.strict()
	.superRefine((v, ctx) => {
		if (v.decision === 'reject' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'errors.awards.reason' });
	});

export const payoutInput = z
	.object({
		ids: z.array(uuid).min(1, 'errors.awards.none_chosen').max(MAX_PAYOUT),
		paidOn: calendarDate
	})
	.strict()
	.refine((v) => new Set(v.ids).size === v.ids.length, { path: ['ids'], message: 'errors.awards.twice_in_batch' });

export const proposalListQuery = z.object({
	fund: blankToUndefined(uuid),
	status: blankToUndefined(z.enum(PROPOSAL_STATUSES))
});

export const awardListQuery = z.object({ schoolYear: blankToUndefined(schoolYear), format: z.enum(['xlsx', 'pdf']).default('xlsx') });

const readYear = (v: number | string, ctx: z.RefinementCtx) => {
	const n = typeof v === 'number' ? v : /^\d{4}$/.test(v) ? Number(v) : NaN;
	if (!Number.isInteger(n) || n < 2000 || n > 2100) {
		ctx.addIssue({ code: 'custom', message: 'errors.awards.year' });
		return z.NEVER;
	}
	return n;
};
/** A year from 2000 to 2100, typed or sent as a number. */
const year = z.union([z.number(), z.string().trim()]).transform(readYear);
/** The same, or nothing (a filter left blank). */
const yearFilter = z
	.union([z.number(), z.string().trim()])
	.optional()
	.transform((v, ctx) => (v === undefined || v === '' ? undefined : readYear(v, ctx)));

export const nominationInput = z
	.object({
		/** the commune or village where the person lives or acts (a school's nomination: the school's own) */
		unitId: blankToUndefined(uuid),
		/** a school's or association's own nomination names it */
		orgId: blankToUndefined(uuid).nullable(),
		year,
		/** e.g. "Gương điển hình học tập", "Người tốt, việc tốt" */
		title: humanText(200),
		personName: humanText(200),
		residentId: blankToUndefined(uuid),
		/** under 16: a parent or guardian consents too */
		isMinor: yes.default(false),
		story: humanText(5000, 20),
		evidence: humanText(2000, 5),
		newsId: blankToUndefined(uuid).nullable()
	})
	.strict();

export const nominationReview = proposalDecision;

export const consentInput = z
	.object({
		method: z.enum(['paper', 'in_person']),
		/** the parent or guardian who consented with a minor */
		guardianName: optionalText(200)
	})
	.strict();

export const withdrawalInput = z.object({ reason: optionalText(500) }).strict();

export const nominationListQuery = z.object({
	unit: blankToUndefined(uuid),
	year: yearFilter,
	status: blankToUndefined(z.enum(NOMINATION_STATUSES))
});

/** The public board: a commune (or village) and a year, both optional. */
export const honourBoardQuery = z.object({ unit: blankToUndefined(uuid), year: yearFilter });

export const ruleOut = z.object({ id: z.string(), achievement: z.enum(ACHIEVEMENTS), level: z.enum(LEVELS), label: z.string(), amount: z.number().int(), note: z.string().nullable() });
export const regulationOut = z.object({
	id: z.string(),
	fundId: z.string(),
	version: z.number().int(),
	title: z.string(),
	effectiveFrom: z.string(),
	note: z.string().nullable(),
	isExample: z.boolean(),
	current: z.boolean(),
	createdAt: z.string(),
	rules: z.array(ruleOut)
});
export type RegulationOut = z.output<typeof regulationOut>;

export const proposalOut = z.object({
	id: z.string(),
	fundId: z.string(),
	regulationId: z.string(),
	regulationVersion: z.number().int(),
	ruleId: z.string(),
	ruleLabel: z.string(),
	/** the amount of the rule when proposed (a later version does not change it) */
	amount: z.number().int(),
	personName: z.string(),
	residentId: z.string().nullable(),
	details: z.string().nullable(),
	evidence: z.string(),
	/** the name of the evidence file, when one was uploaded (GET /reward-proposals/{id}/evidence) */
	evidenceFile: z.string().nullable(),
	schoolYear: z.string(),
	status: z.enum(PROPOSAL_STATUSES),
	proposedAt: z.string(),
	decidedAt: z.string().nullable(),
	decisionNote: z.string().nullable(),
	paidEntryId: z.string().nullable(),
	paidOn: z.string().nullable()
});
export type ProposalOut = z.output<typeof proposalOut>;

export const nominationOut = z.object({
	id: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	orgId: z.string().nullable(),
	year: z.number().int(),
	title: z.string(),
	personName: z.string(),
	residentId: z.string().nullable(),
	isMinor: z.boolean(),
	story: z.string(),
	evidence: z.string(),
	newsId: z.string().nullable(),
	status: z.enum(NOMINATION_STATUSES),
	reviewNote: z.string().nullable(),
	consent: z.enum(CONSENT_STATES),
	consentMethod: z.enum(CONSENT_METHODS).nullable(),
	consentGuardianName: z.string().nullable(),
	consentAt: z.string().nullable(),
	consentWithdrawnAt: z.string().nullable(),
	/** approved and consented: on the public board */
	public: z.boolean(),
	nominatedAt: z.string()
});
export type NominationOut = z.output<typeof nominationOut>;

export const honourEntryOut = z.object({
	id: z.string(),
	year: z.number().int(),
	title: z.string(),
	personName: z.string(),
	story: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	news: z.object({ id: z.string(), title: z.string() }).nullable()
});
export type HonourEntryOut = z.output<typeof honourEntryOut>;
