/**
 * The schools' emulation "dạy tốt, học tốt": what is typed to open a round, self-score, review,
 * award and record a joint school–centre activity; and what is answered.
 */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';

/** the kinds of organisation on either side of a joint activity */
export const SCHOOL_KIND = 'school';
export const CENTRE_KIND = 'learning_centre';
/** the usual titles; any other short text is accepted too */
export const AWARD_TITLES = ['Xuất sắc', 'Tốt', 'Hoàn thành', 'Chưa hoàn thành'] as const;

const blankToUndefined = <T extends z.ZodType>(s: T) => s.optional().or(z.literal('').transform(() => undefined));
export const schoolYear = z.coerce.number().int().min(2015).max(2100);
/** "Năm học 2026–2027" */
export const schoolYearLabel = (y: number) => `${y}–${y + 1}`;

export const roundInput = z.object({ unitId: uuid, schoolYear, name: optionalText(200) }).strict();
export const roundQuery = z.object({ year: blankToUndefined(schoolYear) });

const item = z.object({ points: z.coerce.number().int().min(0).max(100), note: optionalText(1000) }).strict();
/** points (and a note: what shows it, where the paper is) per criterion key */
export const selfScoreInput = z.object({ items: z.record(z.string().regex(/^[a-z0-9_]{1,40}$/), item) }).strict();
export const reviewInput = z.object({ items: z.record(z.string().regex(/^[a-z0-9_]{1,40}$/), item), comment: optionalText(2000) }).strict();
export const awardInput = z.object({ title: humanText(100), note: optionalText(500) }).strict();

export const activityInput = z
	.object({
		heldOn: calendarDate,
		title: humanText(200),
		schoolOrgId: uuid,
		centreOrgId: uuid,
		participants: z.coerce.number().int().min(0).max(100_000),
		note: optionalText(1000)
	})
	.strict();
export const activityQuery = z.object({ orgId: blankToUndefined(uuid), year: blankToUndefined(schoolYear) });

export const roundOutSchema = z.object({
	id: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	schoolYear: z.number().int(),
	schoolYearLabel: z.string(),
	name: z.string(),
	status: z.enum(['open', 'closed']),
	createdAt: z.string(),
	can: z.object({ manage: z.boolean(), score: z.array(z.string()) })
});
export type RoundOut = z.infer<typeof roundOutSchema>;

const criterionLine = z.object({ key: z.string(), section: z.string(), max: z.number().int(), self: z.number().int(), selfNote: z.string().nullable(), reviewed: z.number().int().nullable(), reviewNote: z.string().nullable() });
export const scoreOutSchema = z.object({
	id: z.string(),
	roundId: z.string(),
	schoolOrgId: z.string(),
	schoolName: z.string(),
	criteriaSetId: z.string(),
	criteriaVersion: z.number().int(),
	max: z.number().int(),
	passMark: z.number().int(),
	selfTotal: z.number().int(),
	submittedAt: z.string(),
	reviewedTotal: z.number().int().nullable(),
	reviewComment: z.string().nullable(),
	reviewedAt: z.string().nullable(),
	passed: z.boolean().nullable(),
	awardTitle: z.string().nullable(),
	awardNote: z.string().nullable(),
	criteria: z.array(criterionLine)
});
export type ScoreOut = z.infer<typeof scoreOutSchema>;

export const rankingRowSchema = z.object({
	rank: z.number().int().nullable(),
	schoolOrgId: z.string(),
	schoolName: z.string(),
	scoreId: z.string().nullable(),
	selfTotal: z.number().int().nullable(),
	reviewedTotal: z.number().int().nullable(),
	submittedAt: z.string().nullable(),
	awardTitle: z.string().nullable(),
	can: z.object({ score: z.boolean(), review: z.boolean() })
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const activityOutSchema = z.object({
	id: z.string(),
	heldOn: z.string(),
	title: z.string(),
	schoolOrgId: z.string(),
	schoolName: z.string(),
	centreOrgId: z.string(),
	centreName: z.string(),
	participants: z.number().int(),
	note: z.string().nullable(),
	recordedSide: z.string(),
	createdAt: z.string()
});
export type ActivityOut = z.infer<typeof activityOutSchema>;
