/**
 * Learning titles: what is typed to open a cycle, register (one or many), self-assess, review a
 * village, post its list, object, answer, decide; and what is answered.
 */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';

export const TITLE_KINDS = ['family', 'clan', 'community', 'unit', 'citizen'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];
export const REGISTRATION_STATUSES = ['registered', 'assessed', 'reviewed', 'recognised', 'refused'] as const;
/** QĐ 387/QĐ-TTg targets by 2025, in per cent of those that could hold the title (citizens: of working adults) */
export const TARGETS: Record<TitleKind, number> = { family: 70, clan: 65, community: 65, unit: 80, citizen: 40 };
/** the days a village's list stays posted */
export const POSTING_DAYS = 10;
export const MAX_BULK = 1000;
/** the meeting's minutes: a PDF or a photo, 5 MB at most (a form upload's default body limit) */
export const MAX_MINUTES_BYTES = 5 * 1024 * 1024;

const yes = z.union([z.boolean(), z.enum(['on', 'yes', 'true', '1', ''])]).transform((v) => v === true || v === 'on' || v === 'yes' || v === 'true' || v === '1');
const blankToUndefined = <T extends z.ZodType>(s: T) => s.optional().or(z.literal('').transform(() => undefined));

export const cycleInput = z
	.object({
		communeId: uuid,
		year: z.coerce.number().int().min(2015).max(2100),
		registrationUntil: blankToUndefined(calendarDate),
		reviewUntil: blankToUndefined(calendarDate),
		decisionBy: blankToUndefined(calendarDate),
		summaryBy: blankToUndefined(calendarDate)
	})
	.strict();

export const cycleQuery = z.object({ commune: blankToUndefined(uuid), year: blankToUndefined(z.coerce.number().int().min(2015).max(2100)) });

export const registrationInput = z.object({ cycleId: uuid, kind: z.enum(TITLE_KINDS), subjectId: uuid, publicConsent: yes.optional() }).strict();
export const bulkRegistrationInput = z.object({ cycleId: uuid, villageId: uuid, householdIds: z.array(uuid).min(1).max(MAX_BULK) }).strict();

/** points given per declared or attested criterion (a records criterion is computed, whatever is sent) */
export const assessmentInput = z.object({ answers: z.record(z.string().max(40), z.coerce.number().int().min(0).max(100)) }).strict();

export const reviewInput = z
	.object({
		items: z
			.array(z.object({ registrationId: uuid, agree: yes, note: optionalText(500) }).strict())
			.min(1)
			.max(MAX_BULK)
	})
	.strict()
	.superRefine((v, ctx) => v.items.forEach((it, i) => !it.agree && !it.note && ctx.addIssue({ code: 'custom', path: ['items', i, 'note'], message: 'errors.titles.reason_needed' })));

export const postingInput = z.object({ opensOn: calendarDate }).strict();
export const objectionInput = z.object({ reason: humanText(1000, 10) }).strict();
export const answerInput = z.object({ answer: humanText(1000, 5), upheld: yes }).strict();
export const decisionInput = z.object({ number: humanText(60), decidedOn: calendarDate, signer: humanText(120) }).strict();
export const figuresQuery = z.object({ commune: blankToUndefined(uuid), year: blankToUndefined(z.coerce.number().int().min(2015).max(2100)), format: blankToUndefined(z.enum(['xlsx'])) });

export const cycleOutSchema = z.object({
	id: z.string(),
	communeId: z.string(),
	communeName: z.string(),
	year: z.number().int(),
	registrationUntil: z.string(),
	reviewUntil: z.string(),
	decisionBy: z.string(),
	summaryBy: z.string(),
	status: z.enum(['open', 'decided']),
	/** the next date not yet met, and whether it is within a week or past */
	warning: z.object({ step: z.enum(['registration', 'review', 'decision', 'summary']), date: z.string(), daysLeft: z.number().int() }).nullable()
});
export type CycleOut = z.infer<typeof cycleOutSchema>;

export const registrationOutSchema = z.object({
	id: z.string(),
	cycleId: z.string(),
	year: z.number().int(),
	kind: z.enum(TITLE_KINDS),
	subjectId: z.string(),
	subjectName: z.string(),
	villageId: z.string(),
	villageName: z.string(),
	via: z.enum(['self', 'village_head', 'officer']),
	status: z.enum(REGISTRATION_STATUSES),
	selfScore: z.number().int().nullable(),
	reviewScore: z.number().int().nullable(),
	reviewNote: z.string().nullable(),
	refusalReason: z.string().nullable(),
	publicConsent: z.boolean(),
	createdAt: z.string()
});
export type RegistrationOut = z.infer<typeof registrationOutSchema>;

export const evidenceItemSchema = z.object({ source: z.string(), memberName: z.string(), label: z.string(), href: z.string(), value: z.number(), date: z.string() });
export const assessmentOutSchema = z.object({
	id: z.string(),
	registrationId: z.string(),
	stage: z.enum(['self', 'review']),
	criteriaSetId: z.string(),
	criteriaVersion: z.number().int(),
	score: z.number().int(),
	max: z.number().int(),
	passMark: z.number().int(),
	passed: z.boolean(),
	criteria: z.array(z.object({ key: z.string(), section: z.string(), points: z.number().int(), max: z.number().int(), evidence: z.string(), value: z.number().optional() })),
	evidence: z.array(evidenceItemSchema),
	at: z.string()
});
export type AssessmentOut = z.infer<typeof assessmentOutSchema>;
