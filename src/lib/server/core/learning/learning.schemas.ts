import { humanText } from '../../platform/validation';
import { z } from 'zod';
import { normalizeVi } from '../../platform/text';
import { calendarDate, uuid } from '../../platform/fields';

/** Topics of courses and of the learning-needs survey. */
export const TOPICS = ['digital_skills', 'agriculture', 'law', 'health', 'languages', 'vocational', 'literacy', 'culture', 'other'] as const;
export const MODES = ['in_person', 'online', 'blended'] as const;
export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export const CATALOG_PAGE_SIZE = 20;
export const LIMITS = { title: 200, audience: 300, description: 20_000, venue: 300, teacher: 120, capacity: 500, hours: 2_000, sessions: 200 } as const;

const text = (max: number) => humanText(max);
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

/**
 * A list, or the same typed as text and read by `parse` (a timetable, a quiz): a text that
 * cannot be read fails with `lineMessage` naming its first bad line.
 */
function listOrText<T>(parse: (text: string) => { items: T[]; badLine: number | null }, lineMessage: string, maxChars: number) {
	return z
		.unknown()
		.optional()
		.transform((v, ctx) => {
			if (v === undefined || v === '') return [];
			if (typeof v !== 'string') return v;
			if (v.length > maxChars) {
				ctx.addIssue({ code: 'custom', message: 'errors.field.too_long', params: { max: maxChars } });
				return z.NEVER;
			}
			const { items, badLine } = parse(v);
			if (badLine !== null) {
				ctx.addIssue({ code: 'custom', message: lineMessage, params: { line: badLine } });
				return z.NEVER;
			}
			return items;
		});
}

/** Sessions as a list, or as a timetable typed one per line (see parseSessionLines). */
const sessionsInput = listOrText((t) => {
	const r = parseSessionLines(t);
	return { items: r.sessions, badLine: r.badLine };
}, 'errors.learning.session_line', 20_000).pipe(sessionList);

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

export const LESSON_KINDS = ['text', 'video', 'pdf', 'quiz'] as const;

/** The largest file a lesson may hold, by kind: a video a cheap phone can still stream, a handout. */
export const MEDIA_LIMITS = { video: 100 * 1024 * 1024, pdf: 20 * 1024 * 1024 } as const;
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

/** Questions as a list, or typed as text (see parseQuizText). */
const questionsInput = listOrText((t) => {
	const r = parseQuizText(t);
	return { items: r.questions, badLine: r.badLine };
}, 'errors.learning.quiz_line', 50_000).pipe(z.array(question).max(50));

/** A link that the browser reads as it is written: https, a host with a dot; answered in its normal form. */
function httpsLink(v: string): string | null {
	try {
		const u = new URL(v);
		return u.protocol === 'https:' && !u.username && !u.password && /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(u.hostname) ? u.href : null;
	} catch {
		return null;
	}
}

/** A video's link: where it is published (https), watched there. */
const videoUrl = z
	.string()
	.trim()
	.max(500)
	.optional()
	.transform((v, ctx) => {
		if (!v) return undefined;
		const href = httpsLink(v);
		if (!href) {
			ctx.addIssue({ code: 'custom', message: 'errors.field.url' });
			return z.NEVER;
		}
		return href;
	});

export const lessonCreate = z
	.object({
		title: humanText(200),
		kind: z.enum(LESSON_KINDS),
		body: z.string().max(50_000).default(''),
		videoUrl,
		passMark: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(100).optional()),
		maxAttempts: z.preprocess((v) => (v === '' ? null : v), z.coerce.number().int().min(1).max(20).nullable().optional()),
		questions: questionsInput
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.kind === 'quiz' && v.questions.length === 0) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'errors.learning.quiz_empty' });
		if (v.kind === 'quiz' && v.passMark === undefined) ctx.addIssue({ code: 'custom', path: ['passMark'], message: 'errors.field.required' });
		if (v.kind !== 'quiz' && v.questions.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'errors.learning.questions_not_quiz' });
		if (v.kind !== 'video' && v.videoUrl) ctx.addIssue({ code: 'custom', path: ['videoUrl'], message: 'errors.learning.link_not_video' });
	});
export type LessonCreate = z.output<typeof lessonCreate>;

export const lessonMove = z.object({ direction: z.enum(['up', 'down']) }).strict();

/** A change to a lesson; what is left out stays. Its kind and file stay too (remove and add again). */
export const lessonUpdate = z
	.object({
		title: humanText(200).optional(),
		body: z.string().max(50_000).optional(),
		videoUrl,
		passMark: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(100).optional()),
		maxAttempts: z.preprocess((v) => (v === '' ? null : v), z.coerce.number().int().min(1).max(20).nullable().optional()),
		questions: questionsInput
	})
	.strict();
export type LessonInput = z.input<typeof lessonCreate>;

/** Answers by question id: chosen option indexes, or the text typed. */
export const quizSubmission = z.object({ answers: z.record(z.string().max(40), z.union([z.array(z.coerce.number().int().min(0).max(20)).max(8), z.string().max(200)])) }).strict();

export const surveyCreate = z
	.object({
		orgId: uuid,
		title: humanText(200),
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

type QuestionInput = z.input<typeof question>;

/**
 * A quiz typed as text, one question after another, as a teacher would write it on paper:
 *
 *     Số điện thoại khẩn cấp của công an là?      ← the question
 *     ( ) 114                                      ← one right answer: ( ) and (x)
 *     (x) 113
 *     > 113 là số của công an; 114 là cứu hỏa.     ← feedback shown after answering
 *
 *     Những việc nào an toàn khi dùng mạng?        ← several right answers: [ ] and [x]
 *     [x] Đặt mật khẩu mạnh
 *     [ ] Cho người lạ mã OTP
 *
 *     Thủ đô của Việt Nam là?                      ← a short answer: = accepted answers
 *     = Hà Nội
 *
 * A one-answer question whose choices are just "Đúng" and "Sai" is a true/false question.
 * Answers the questions, or the 1-based line that cannot be read (or that goes beyond a limit:
 * eight choices, 300 characters a choice, 1,000 a question or its feedback).
 */
export function parseQuizText(text: string): { questions: QuestionInput[]; badLine: number | null } {
	const questions: (QuestionInput & { line: number })[] = [];
	let current: (QuestionInput & { line: number; options: string[]; answer: (number | string)[] }) | null = null;
	const lines = text.split(/\r?\n/);
	const finish = () => {
		if (!current) return null;
		const q = current;
		current = null;
		if (q.kind === 'single' && q.options.length === 2 && q.options.every((o, i) => normalizeVi(o) === ['dung', 'sai'][i])) {
			q.kind = 'true_false';
		}
		if (q.kind === 'short' ? q.answer.length === 0 : q.options.length < 2 || q.answer.length === 0) return q.line;
		if (q.prompt.length > 1000 || (q.feedback?.length ?? 0) > 1000) return q.line;
		questions.push(q);
		return null;
	};
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (!line) {
			const bad = finish();
			if (bad !== null) return { questions, badLine: bad };
			continue;
		}
		const choice = /^([([])\s*([xX✓]?)\s*([)\]])\s*(.+)$/.exec(line);
		if (choice) {
			const kind = choice[1] === '(' ? 'single' : 'multiple';
			if (!current || (choice[1] === '(') !== (choice[3] === ')') || (current.kind !== kind && current.options.length > 0) || current.kind === 'short') return { questions, badLine: i + 1 };
			current.kind = kind;
			if (current.options.length >= 8 || choice[4]!.trim().length > 300) return { questions, badLine: i + 1 };
			if (choice[2]) current.answer.push(current.options.length);
			current.options.push(choice[4]!.trim());
			if (kind === 'single' && current.answer.length > 1) return { questions, badLine: i + 1 };
			continue;
		}
		if (line.startsWith('=')) {
			if (!current || current.options.length > 0 || !line.slice(1).trim() || current.answer.length >= 8 || line.slice(1).trim().length > 200) return { questions, badLine: i + 1 };
			current.kind = 'short';
			current.answer.push(line.slice(1).trim());
			continue;
		}
		if (line.startsWith('>')) {
			if (!current) return { questions, badLine: i + 1 };
			current.feedback = [current.feedback, line.slice(1).trim()].filter(Boolean).join(' ');
			continue;
		}
		if (current && current.options.length === 0 && current.answer.length === 0) {
			current.prompt = `${current.prompt} ${line}`; // a question written over several lines
			continue;
		}
		const bad = finish();
		if (bad !== null) return { questions, badLine: bad };
		current = { kind: 'single', prompt: line, options: [], answer: [], line: i + 1 };
	}
	const bad = finish();
	if (bad !== null) return { questions, badLine: bad };
	return { questions: questions.map(({ line: _line, ...q }) => q), badLine: null };
}

/** Questions written back as the text parseQuizText reads, so that a teacher can change them. */
export function quizToText(questions: { kind: string; prompt: string; options: string[]; answer: (number | string)[]; feedback?: string | null }[]): string {
	return questions
		.map((q) => {
			const lines = [q.prompt];
			if (q.kind === 'short') for (const a of q.answer) lines.push(`= ${a}`);
			else {
				const [open, close] = q.kind === 'multiple' ? ['[', ']'] : ['(', ')'];
				const options = q.kind === 'true_false' ? ['Đúng', 'Sai'] : q.options;
				options.forEach((o, i) => lines.push(`${open}${q.answer.includes(i) ? 'x' : ' '}${close} ${o}`));
			}
			if (q.feedback) lines.push(`> ${q.feedback}`);
			return lines.join('\n');
		})
		.join('\n\n');
}

/** Judging a class: `preview` issues nothing; `early` judges before its last session is over. */
export const completionInput = z.object({ preview: z.boolean().optional(), early: z.boolean().optional() }).strict();

/** Figures over a period of Việt Nam calendar days (either end open); from must not come after to. */
export const statisticsQuery = z
	.object({
		from: calendarDate.optional().or(z.literal('').transform(() => undefined)),
		to: calendarDate.optional().or(z.literal('').transform(() => undefined)),
		format: z.enum(['json', 'xlsx']).optional()
	})
	.refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'errors.stats.period', path: ['to'] });
