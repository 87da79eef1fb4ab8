import { z } from 'zod';
import { cleanText } from '../../platform/text';
import { calendarDate, uuid } from '../../platform/fields';

/** Topics of courses and of the learning-needs survey. */
export const TOPICS = ['digital_skills', 'agriculture', 'law', 'health', 'languages', 'vocational', 'literacy', 'culture', 'other'] as const;
export const MODES = ['in_person', 'online', 'blended'] as const;
export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export const CATALOG_PAGE_SIZE = 20;
export const LIMITS = { title: 200, audience: 300, description: 20_000, venue: 300, teacher: 120, capacity: 500, hours: 2_000, sessions: 200 } as const;

const text = (max: number) => z.string().trim().min(1).max(max).transform(cleanText);
const optionalUuid = uuid.optional().or(z.literal('').transform(() => undefined));

/** When a learner completes: a share of sessions attended, every lesson done, the quiz passed. */
export const completionRule = z
	.object({
		attendance: z.number().min(0).max(1).optional(),
		lessons: z.boolean().optional(),
		quiz: z.boolean().optional()
	})
	.strict();

export const courseCreate = z
	.object({
		orgId: uuid,
		title: text(LIMITS.title),
		topic: z.enum(TOPICS),
		audience: text(LIMITS.audience),
		description: z.string().trim().max(LIMITS.description),
		mode: z.enum(MODES),
		expectedHours: z.coerce.number().int().min(1).max(LIMITS.hours),
		completion: completionRule.default({ attendance: 0.8 }),
		status: z.enum(COURSE_STATUSES).default('draft')
	})
	.strict();

export const courseUpdate = z
	.object({
		title: text(LIMITS.title).optional(),
		topic: z.enum(TOPICS).optional(),
		audience: text(LIMITS.audience).optional(),
		description: z.string().trim().max(LIMITS.description).optional(),
		mode: z.enum(MODES).optional(),
		expectedHours: z.coerce.number().int().min(1).max(LIMITS.hours).optional(),
		completion: completionRule.optional(),
		status: z.enum(COURSE_STATUSES).optional(),
		/** online lessons required in order (true) or free */
		lessonsInOrder: z.boolean().optional()
	})
	.strict();

export const catalogQuery = z.object({
	q: z.string().trim().max(100).optional(),
	unit: optionalUuid,
	topic: z.enum(TOPICS).optional().or(z.literal('').transform(() => undefined)),
	mode: z.enum(MODES).optional().or(z.literal('').transform(() => undefined)),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});

const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.field.time');

const sessionList = z.array(z.object({ date: calendarDate, startsAt: time, endsAt: time, topic: z.string().trim().max(200).optional() }).strict()).max(LIMITS.sessions);

/** Sessions as a list, or as a timetable typed one per line (see parseSessionLines). */
const sessionsInput = z
	.unknown()
	.transform((v, ctx) => {
		if (v === undefined || v === '') return [];
		if (typeof v !== 'string') return v;
		if (v.length > 20_000) {
			ctx.addIssue({ code: 'custom', message: 'errors.field.too_long', params: { max: 20_000 } });
			return z.NEVER;
		}
		const { sessions, badLine } = parseSessionLines(v);
		if (badLine !== null) {
			ctx.addIssue({ code: 'custom', message: 'errors.learning.session_line', params: { line: badLine } });
			return z.NEVER;
		}
		return sessions;
	})
	.pipe(sessionList);

export const classCreate = z
	.object({
		title: text(LIMITS.title),
		venue: text(LIMITS.venue),
		teacherName: text(LIMITS.teacher),
		capacity: z.coerce.number().int().min(1).max(LIMITS.capacity),
		startsOn: calendarDate,
		endsOn: calendarDate,
		sessions: sessionsInput
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'errors.learning.ends_before_start' });
		v.sessions.forEach((s, i) => {
			if (s.date < v.startsOn || s.date > v.endsOn) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'date'], message: 'errors.learning.session_outside' });
			if (s.endsAt <= s.startsAt) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'endsAt'], message: 'errors.learning.session_times' });
		});
	});

/** `{}`: the signed-in learner enrols; `{ personId }`: a manager enrols a resident. */
export const enrolInput = z.object({ personId: uuid.optional() }).strict();

export const managedQuery = z.object({ q: z.string().trim().max(100).optional(), page: z.coerce.number().int().min(1).max(10_000).default(1) });

/**
 * Sessions typed one per line, as officers write a timetable: "05/12/2026 19:00-21:00 Làm quen"
 * (date, start–end, an optional topic). Answers the sessions, or the 1-based line that is wrong.
 */
export function parseSessionLines(text: string): { sessions: { date: string; startsAt: string; endsAt: string; topic?: string }[]; badLine: number | null } {
	const sessions: { date: string; startsAt: string; endsAt: string; topic?: string }[] = [];
	const lines = text.split(/\r?\n/);
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (!line) continue;
		const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*(.*)$/.exec(line);
		if (!m) return { sessions, badLine: i + 1 };
		const [, d, mo, y, h1, m1, h2, m2, topic] = m as unknown as string[];
		const pad = (x: string) => x!.padStart(2, '0');
		sessions.push({ date: `${y}-${pad(mo!)}-${pad(d!)}`, startsAt: `${pad(h1!)}:${m1}`, endsAt: `${pad(h2!)}:${m2}`, ...(topic?.trim() && { topic: topic.trim().slice(0, 200) }) });
	}
	return { sessions, badLine: null };
}

export const LESSON_KINDS = ['text', 'quiz'] as const;
export const QUESTION_KINDS = ['single', 'multiple', 'true_false', 'short'] as const;

const question = z
	.object({
		kind: z.enum(QUESTION_KINDS),
		prompt: z.string().trim().min(1).max(1000),
		options: z.array(z.string().trim().min(1).max(300)).max(8).default([]),
		/** indexes of the right options, or (short) the accepted answers */
		answer: z.array(z.union([z.number().int().min(0), z.string().trim().min(1).max(200)])).min(1).max(8),
		feedback: z.string().trim().max(1000).optional()
	})
	.strict()
	.superRefine((q, ctx) => {
		const idx = q.answer.filter((a): a is number => typeof a === 'number');
		if (q.kind === 'short') {
			if (idx.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'errors.learning.question_answer' });
			return;
		}
		const count = q.kind === 'true_false' ? 2 : q.options.length;
		if (q.kind !== 'true_false' && count < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'errors.learning.question_options' });
		if (idx.length !== q.answer.length || idx.some((i) => i >= count) || ((q.kind === 'single' || q.kind === 'true_false') && idx.length !== 1))
			ctx.addIssue({ code: 'custom', path: ['answer'], message: 'errors.learning.question_answer' });
	});

export const lessonCreate = z
	.object({
		title: z.string().trim().min(1).max(200).transform(cleanText),
		kind: z.enum(LESSON_KINDS),
		body: z.string().max(50_000).default(''),
		passMark: z.coerce.number().int().min(1).max(100).optional(),
		maxAttempts: z.coerce.number().int().min(1).max(20).nullable().optional(),
		questions: z.array(question).max(50).default([])
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.kind === 'quiz' && v.questions.length === 0) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'errors.learning.quiz_empty' });
		if (v.kind === 'quiz' && v.passMark === undefined) ctx.addIssue({ code: 'custom', path: ['passMark'], message: 'errors.field.required' });
	});
export type LessonCreate = z.output<typeof lessonCreate>;
export type LessonInput = z.input<typeof lessonCreate>;

/** Answers by question id: chosen option indexes, or the text typed. */
export const quizSubmission = z.object({ answers: z.record(z.string().max(40), z.union([z.array(z.coerce.number().int().min(0).max(20)).max(8), z.string().max(200)])) }).strict();

export const surveyCreate = z
	.object({
		orgId: uuid,
		title: z.string().trim().min(1).max(200).transform(cleanText),
		topics: z.array(z.enum(TOPICS)).min(2).max(TOPICS.length).default([...TOPICS])
	})
	.strict();

export const AGE_GROUPS = ['0-15', '16-35', '36-59', '60+'] as const;

/** An answer: the topics wanted; where and who only as village, age group and gender (no name). */
export const surveyAnswer = z
	.object({
		topics: z.array(z.enum(TOPICS)).min(1).max(TOPICS.length),
		villageId: uuid.optional(),
		ageGroup: z.enum(AGE_GROUPS).optional(),
		gender: z.enum(['female', 'male', 'other']).optional()
	})
	.strict();
