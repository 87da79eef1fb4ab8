/** Online quiz contests (cuộc thi tìm hiểu): what is typed to open one with its bank of questions, to take part, and what is answered. */
import { z } from 'zod';
import { optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';
import { vnDateTime } from '../events/events.schemas';

export const MAX_QUESTIONS = 500;

const question = z
	.object({
		prompt: humanText(1000),
		choices: z.array(humanText(300)).min(2, 'errors.contests.choices').max(6, 'errors.contests.choices'),
		/** the index of the right choice */
		answer: z.coerce.number().int().min(0)
	})
	.strict()
	.superRefine((q, ctx) => {
		if (q.answer >= q.choices.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'errors.contests.answer' });
	});

export const contestCreate = z
	.object({
		title: humanText(200),
		description: optionalText(4000),
		unitId: uuid,
		campaignId: uuid.optional().nullable().or(z.literal('').transform(() => null)),
		opensAt: vnDateTime,
		closesAt: vnDateTime,
		questionCount: z.coerce.number().int('errors.contests.question_count').min(1, 'errors.contests.question_count').max(100, 'errors.contests.question_count'),
		timeLimitSeconds: z.coerce.number().int('errors.contests.time_limit').min(30, 'errors.contests.time_limit').max(4 * 3600, 'errors.contests.time_limit'),
		prizes: optionalText(2000),
		questions: z.array(question).min(1).max(MAX_QUESTIONS)
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.closesAt <= v.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'errors.contests.closes_before' });
		if (v.questions.length < v.questionCount) ctx.addIssue({ code: 'custom', path: ['questionCount'], message: 'errors.contests.bank_too_small' });
	});

/** The answers, in the order the questions were shown: a choice's index, or -1 for none. */
export const submission = z.object({ answers: z.array(z.coerce.number().int().min(-1).max(5)).max(100) }).strict();

export const contestOut = z.object({
	id: z.string(),
	title: z.string(),
	description: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	campaignId: z.string().nullable(),
	opensAt: z.string(),
	closesAt: z.string(),
	questionCount: z.number().int(),
	timeLimitSeconds: z.number().int(),
	prizes: z.string(),
	state: z.enum(['upcoming', 'open', 'closed']),
	entries: z.number().int(),
	can: z.object({ manage: z.boolean() })
});
export type ContestOut = z.infer<typeof contestOut>;

export const attemptOut = z.object({
	id: z.string(),
	contestId: z.string(),
	startedAt: z.string(),
	deadlineAt: z.string(),
	submittedAt: z.string().nullable(),
	score: z.number().int().nullable(),
	durationMs: z.number().int().nullable(),
	questions: z.array(z.object({ id: z.string(), prompt: z.string(), choices: z.array(z.string()) }))
});
export type AttemptOut = z.infer<typeof attemptOut>;

export const rankingOut = z.object({ items: z.array(z.object({ rank: z.number().int(), name: z.string(), score: z.number().int(), durationMs: z.number().int() })), entries: z.number().int() });
