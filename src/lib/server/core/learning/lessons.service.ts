/**
 * Online learning: a course's ordered lessons (text in safe Markdown, video uploaded or linked,
 * PDF, quizzes), authored and corrected by its managers; each learner's progress (resumes on
 * any device: it lives in the database); and, when every lesson is done, the completion and its
 * certificate (credentials.service.ts).
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { isForeignKeyViolation, transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import type { FileStore } from '../../platform/files';
import type { Links } from '../../platform/links';
import { renderMarkdown } from '../../platform/markdown';
import { parseInput } from '../../platform/validation';
import type { PeopleLookups } from '../people/people.service';
import * as courses from './learning.repository';
import * as repo from './lessons.repository';
import { learningPolicy } from './learning.policy';
import { createLessonMedia, type LessonUpload } from './lessons.media';
import * as credentialsRepo from './credentials.repository';
import type { CredentialsService } from './credentials.service';
import { markQuiz, type QuestionKey } from './lessons.rules';
import { lessonCreate, lessonMove, lessonUpdate, quizSubmission, quizToText } from './learning.schemas';

export type { LessonUpload } from './lessons.media';

export interface LessonsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	credentials: CredentialsService;
	people: { lookups: PeopleLookups };
	links: Links;
}

type LessonKind = 'text' | 'video' | 'pdf' | 'quiz';

export function createLessonsService({ db, clock, access, files, credentials, people, links }: LessonsDeps) {
	const k = db.kysely;
	const policy = learningPolicy(access);
	const media = createLessonMedia({ db, clock, files });
	const { storeMedia, storeCaptions } = media;
	const nowIso = () => clock.now().toISOString();

	async function readable(auth: AuthContext, courseId: string) {
		const c = UUID_RE.test(courseId) ? await courses.findCourse(k, courseId) : undefined;
		if (!c) throw new AppError('not_found');
		const manage = await policy.requireReadable(auth, c);
		return { course: c, manage };
	}

	/** The lessons with the learner's state: done, score, and locked when they must come in order. */
	async function outline(auth: AuthContext, courseId: string) {
		const { course, manage } = await readable(auth, courseId);
		const lessons = await repo.lessonsOf(k, course.id);
		const progress = auth.actor ? await repo.progressOf(k, auth.actor.accountId, course.id) : [];
		const done = new Map(progress.map((p) => [p.lesson_id, p]));
		const inOrder = Number(course.lessons_in_order ?? 1) === 1;
		let open = true;
		const items = lessons.map((l) => {
			const p = done.get(l.id);
			const item = { id: l.id, position: Number(l.position), title: l.title, kind: l.kind as LessonKind, done: p !== undefined, score: p?.score ?? null, locked: inOrder && !open && !manage };
			if (inOrder && !p) open = false;
			return item;
		});
		return { course, manage, items };
	}

	/** Completes an online course for the learner when every lesson is done (quizzes passed). */
	async function completeIfDone(auth: AuthContext, courseId: string): Promise<string | null> {
		const { course, items } = await outline(auth, courseId);
		if (!items.length || items.some((i) => !i.done)) return null;
		const accountId = auth.actor!.accountId;
		const resident = await people.lookups.residentOfAccount(accountId);
		return credentials.issue(auth, course, { accountId, residentId: resident?.id ?? null, name: resident?.full_name ?? auth.actor!.displayName });
	}

	async function lessonFor(auth: AuthContext, lessonId: string) {
		requireActor(auth);
		const l = UUID_RE.test(lessonId) ? await repo.findLesson(k, lessonId) : undefined;
		if (!l) throw new AppError('not_found');
		const o = await outline(auth, l.course_id);
		const item = o.items.find((i) => i.id === l.id)!;
		if (item.locked) throw new AppError('conflict', 'errors.learning.lesson_locked');
		return { lesson: l, ...o, item };
	}

	async function managedLesson(auth: AuthContext, lessonId: string) {
		requireActor(auth);
		const lesson = UUID_RE.test(lessonId) ? await repo.findLesson(k, lessonId) : undefined;
		if (!lesson) throw new AppError('not_found');
		const course = (await courses.findCourse(k, lesson.course_id))!;
		await policy.requireManage(auth, course);
		return { lesson, course };
	}

	return {
		/** The lessons of a course, with the signed-in learner's progress (anyone may see the outline). */
		async lessons(auth: AuthContext, courseId: string) {
			const { course, items } = await outline(auth, courseId);
			const completion = auth.actor ? await credentialsRepo.findCompletion(k, course.id, auth.actor.accountId) : undefined;
			return { courseId: course.id, inOrder: Number(course.lessons_in_order ?? 1) === 1, items, done: items.filter((i) => i.done).length, total: items.length, completedAt: completion?.completed_at ?? null };
		},

		/** The course's lessons as its managers see them: kind, file or link, whether learners have started. */
		async manageLessons(auth: AuthContext, courseId: string) {
			const { course, manage } = await readable(auth, courseId);
			if (!manage) throw new AppError('not_found');
			const rows = await repo.lessonsOf(k, course.id);
			const started = await repo.lessonsWithLearners(k, course.id);
			return {
				course: { id: course.id, title: course.title, mode: course.mode, status: course.status, inOrder: Number(course.lessons_in_order ?? 1) === 1 },
				lessons: rows.map((l) => ({
					id: l.id,
					position: Number(l.position),
					title: l.title,
					kind: l.kind as LessonKind,
					fileName: l.media_name ?? null,
					fileSize: l.media_size === null || l.media_size === undefined ? null : Number(l.media_size),
					videoUrl: l.media_url ?? null,
					captions: Boolean(l.captions_key),
					started: started.has(l.id)
				}))
			};
		},

		/**
		 * Whether the caller may add lessons to the course: asked before an upload's body is read,
		 * so that nobody else can make the server take in a large file.
		 */
		async mayAddLesson(auth: AuthContext, courseId: string): Promise<void> {
			requireActor(auth);
			const { manage } = await readable(auth, courseId);
			if (!manage) throw new AppError('not_found');
		},

		/**
		 * Adds a lesson at the end of the course. A video lesson holds an uploaded file (MP4 or
		 * WebM) or a link; a PDF lesson an uploaded PDF. The file is checked by its first bytes
		 * and its size, stored, and removed again if the lesson cannot be written.
		 */
		async addLesson(auth: AuthContext, courseId: string, input: unknown, upload: LessonUpload | null = null, captionsUpload: LessonUpload | null = null) {
			const { course, manage } = await readable(auth, courseId);
			if (!manage) throw new AppError('not_found');
			const v = parseInput(lessonCreate, input);
			const wantsFile = v.kind === 'pdf' || (v.kind === 'video' && !v.videoUrl);
			if (upload && !wantsFile) throw invalidField('file', v.kind === 'video' ? 'errors.learning.file_or_link' : 'errors.learning.file_not_expected');
			if (!upload && wantsFile) throw invalidField(v.kind === 'video' ? 'videoUrl' : 'file', v.kind === 'video' ? 'errors.learning.video_needed' : 'errors.learning.pdf_needed');
			if (captionsUpload && !(v.kind === 'video' && upload)) throw invalidField('captions', 'errors.learning.captions_need_video');
			const captions = captionsUpload ? await storeCaptions(captionsUpload) : null;
			let media: Awaited<ReturnType<typeof storeMedia>> | null = null;
			try {
				media = upload ? await storeMedia(v.kind as 'video' | 'pdf', upload) : null;
			} catch (e) {
				if (captions) await files.delete(captions);
				throw e;
			}
			const id = newId();
			const at = nowIso();
			try {
				await transaction(db, async (trx) => {
					await repo.lockCourse(trx, db.dialect, course.id);
					const position = await repo.nextPosition(trx, course.id);
					await repo.insertLesson(
						trx,
						{
							id,
							course_id: course.id,
							position,
							title: v.title,
							kind: v.kind,
							body: v.body,
							pass_mark: v.kind === 'quiz' ? (v.passMark ?? 80) : null,
							max_attempts: v.kind === 'quiz' ? (v.maxAttempts ?? null) : null,
							media_key: media?.key ?? null,
							media_type: media?.type ?? null,
							media_size: media?.size ?? null,
							media_name: media?.name ?? null,
							media_url: v.kind === 'video' ? (v.videoUrl ?? null) : null,
							captions_key: captions,
							created_at: at,
							updated_at: at
						},
						repo.questionRows(id, v.questions)
					);
					await recordAudit(trx, clock, auth, { action: 'lesson.create', entityType: 'lesson', entityId: id, scopeUnitId: course.unit_id, after: { courseId: course.id, title: v.title, kind: v.kind, ...(media && { file: media.name, size: media.size }) } });
				});
			} catch (e) {
				if (media) await files.delete(media.key);
				if (captions) await files.delete(captions);
				throw e;
			}
			return { id };
		},

		/** A lesson as its managers edit it: its fields, the quiz as text, whether learners have started. */
		async editLesson(auth: AuthContext, lessonId: string) {
			const { lesson, course } = await managedLesson(auth, lessonId);
			const questions = lesson.kind === 'quiz' ? await repo.questionsOf(k, lesson.id) : [];
			return {
				id: lesson.id,
				courseId: course.id,
				courseTitle: course.title,
				title: lesson.title,
				kind: lesson.kind as LessonKind,
				body: lesson.body,
				videoUrl: lesson.media_url ?? null,
				fileName: lesson.media_name ?? null,
				passMark: lesson.pass_mark === null ? null : Number(lesson.pass_mark),
				maxAttempts: lesson.max_attempts === null ? null : Number(lesson.max_attempts),
				questions: quizToText(questions.map((q) => ({ kind: q.kind, prompt: q.prompt, options: JSON.parse(q.options_json) as string[], answer: JSON.parse(q.answer_json) as (number | string)[], feedback: q.feedback }))),
				answered: lesson.kind === 'quiz' && (await repo.hasLearners(k, lesson.id))
			};
		},

		/**
		 * Corrects a lesson: title, text, a video's link, a quiz's pass mark, attempts and — until
		 * someone has answered it, so that no result changes after the fact — its questions.
		 */
		async updateLesson(auth: AuthContext, lessonId: string, input: unknown) {
			const { lesson, course } = await managedLesson(auth, lessonId);
			const v = parseInput(lessonUpdate, input);
			const given = (key: string) => typeof input === 'object' && input !== null && key in input;
			const quiz = lesson.kind === 'quiz';
			if (v.videoUrl !== undefined && !(lesson.kind === 'video' && !lesson.media_key)) throw invalidField('videoUrl', 'errors.learning.link_not_video');
			if (!quiz && given('questions')) throw invalidField('questions', 'errors.learning.questions_not_quiz');
			for (const key of ['passMark', 'maxAttempts']) if (!quiz && given(key)) throw invalidField(key, 'errors.learning.quiz_only');
			if (quiz && given('questions') && v.questions.length === 0) throw invalidField('questions', 'errors.learning.quiz_empty');
			await transaction(db, async (trx) => {
				await repo.lockCourse(trx, db.dialect, course.id);
				if (quiz && given('questions') && (await repo.hasLearners(trx, lesson.id))) throw invalidField('questions', 'errors.learning.questions_answered');
				await repo.updateLesson(
					trx,
					lesson.id,
					{
						...(v.title !== undefined && { title: v.title }),
						...(v.body !== undefined && { body: v.body }),
						...(v.videoUrl !== undefined && { media_url: v.videoUrl }),
						...(quiz && v.passMark !== undefined && { pass_mark: v.passMark }),
						...(quiz && given('maxAttempts') && { max_attempts: v.maxAttempts ?? null }),
						updated_at: nowIso()
					},
					quiz && given('questions')
						? repo.questionRows(lesson.id, v.questions)
						: null
				);
				await recordAudit(trx, clock, auth, { action: 'lesson.update', entityType: 'lesson', entityId: lesson.id, scopeUnitId: course.unit_id, before: { title: lesson.title }, after: { title: v.title ?? lesson.title, fields: Object.keys(v).filter((key) => given(key)) } });
			});
			return { id: lesson.id, courseId: course.id };
		},

		/** Moves a lesson one place up or down in its course. */
		async moveLesson(auth: AuthContext, lessonId: string, input: unknown) {
			const { lesson, course } = await managedLesson(auth, lessonId);
			const { direction } = parseInput(lessonMove, input);
			await transaction(db, async (trx) => {
				await repo.lockCourse(trx, db.dialect, course.id);
				const all = await repo.lessonsOf(trx, course.id);
				const i = all.findIndex((l) => l.id === lesson.id);
				const j = direction === 'up' ? i - 1 : i + 1;
				if (i < 0 || j < 0 || j >= all.length) return;
				const order = all.map((l) => l.id);
				[order[i], order[j]] = [order[j]!, order[i]!];
				await repo.renumber(trx, course.id, order, nowIso());
				await recordAudit(trx, clock, auth, { action: 'lesson.move', entityType: 'lesson', entityId: lesson.id, scopeUnitId: course.unit_id, after: { position: j + 1 } });
			});
			return { courseId: course.id };
		},

		/** Removes a lesson nobody has started (done or attempted); its file goes with it. */
		async removeLesson(auth: AuthContext, lessonId: string) {
			const { lesson, course } = await managedLesson(auth, lessonId);
			try {
				await transaction(db, async (trx) => {
					await repo.lockCourse(trx, db.dialect, course.id);
					if (await repo.hasLearners(trx, lesson.id)) throw new AppError('conflict', 'errors.learning.lesson_in_use');
					await repo.deleteLesson(trx, lesson.id);
					await repo.renumber(trx, course.id, (await repo.lessonsOf(trx, course.id)).map((l) => l.id), nowIso());
					await recordAudit(trx, clock, auth, { action: 'lesson.delete', entityType: 'lesson', entityId: lesson.id, scopeUnitId: course.unit_id, before: { title: lesson.title, kind: lesson.kind } });
				});
			} catch (e) {
				// a learner finished it while it was being removed
				if (isForeignKeyViolation(e)) throw new AppError('conflict', 'errors.learning.lesson_in_use');
				throw e;
			}
			for (const key of [lesson.media_key, lesson.captions_key]) if (key) await files.delete(key);
			return { courseId: course.id };
		},

		/** Removes lesson files no lesson holds (lessons.media.ts). */
		sweepFiles: (olderThanMs?: number) => media.sweepFiles(olderThanMs),

		/** A video lesson's captions (WebVTT), for whoever may open the lesson. */
		async captions(auth: AuthContext, lessonId: string) {
			const { lesson } = await lessonFor(auth, lessonId);
			const file = lesson.captions_key ? await files.open(lesson.captions_key) : null;
			if (!file) throw new AppError('not_found');
			return { file, type: 'text/vtt; charset=utf-8', name: 'phu-de.vtt', etag: `"${lesson.captions_key!.split('/')[1]!.slice(0, 36)}"` };
		},

		/** A lesson's uploaded file, for whoever may open the lesson: where it is, its type and size. */
		async media(auth: AuthContext, lessonId: string) {
			const { lesson } = await lessonFor(auth, lessonId);
			if (!lesson.media_key) throw new AppError('not_found');
			const file = await files.open(lesson.media_key);
			if (!file) throw new AppError('not_found');
			return { file, type: lesson.media_type ?? 'application/octet-stream', name: lesson.media_name ?? 'tai-lieu', etag: `"${lesson.media_key.split('/')[1]!.slice(0, 36)}"` };
		},

		/** A lesson to learn: its text, or its questions without their answers. */
		async lesson(auth: AuthContext, lessonId: string) {
			const { lesson, course, items, item } = await lessonFor(auth, lessonId);
			const questions = lesson.kind === 'quiz' ? await repo.questionsOf(k, lesson.id) : [];
			const attempts = lesson.kind === 'quiz' ? await repo.attemptCount(k, lesson.id, auth.actor!.accountId) : 0;
			const index = items.findIndex((i) => i.id === lesson.id);
			return {
				id: lesson.id,
				courseId: course.id,
				courseTitle: course.title,
				title: lesson.title,
				kind: lesson.kind as LessonKind,
				bodyHtml: renderMarkdown(lesson.body),
				media: lesson.media_key
					? { type: lesson.media_type ?? 'application/octet-stream', size: Number(lesson.media_size ?? 0), name: lesson.media_name ?? '', path: links.lessonMedia(lesson.id), captionsPath: lesson.captions_key ? links.lessonCaptions(lesson.id) : null }
					: null,
				videoUrl: lesson.media_url ?? null,
				passMark: lesson.pass_mark,
				attemptsLeft: lesson.max_attempts === null ? null : Math.max(0, Number(lesson.max_attempts) - attempts),
				done: item.done,
				score: item.score,
				previousId: items[index - 1]?.id ?? null,
				nextId: items[index + 1]?.id ?? null,
				position: index + 1,
				total: items.length,
				questions: questions.map((q) => ({ id: q.id, kind: q.kind as QuestionKey['kind'], prompt: q.prompt, options: JSON.parse(q.options_json) as string[] }))
			};
		},

		/** A text, video or PDF lesson read or watched to the end. Answers the certificate code when it completes the course. */
		async markDone(auth: AuthContext, lessonId: string) {
			const { lesson, items } = await lessonFor(auth, lessonId);
			if (lesson.kind === 'quiz') throw new AppError('conflict', 'errors.learning.quiz_needs_answers');
			await repo.markDone(k, { lesson_id: lesson.id, account_id: auth.actor!.accountId, course_id: lesson.course_id, done_at: nowIso(), score: null }).catch((e: unknown) => {
				throw isForeignKeyViolation(e) ? new AppError('not_found') : e; // removed by a manager a moment ago
			});
			const index = items.findIndex((i) => i.id === lesson.id);
			return { certificateCode: await completeIfDone(auth, lesson.course_id), nextId: items[index + 1]?.id ?? null, courseId: lesson.course_id };
		},

		/**
		 * A quiz answered on the page (JavaScript off): each question's answer arrives as the form
		 * field `q-<questionId>`, one value (single, true/false, short answer) or several (multiple
		 * choice). Answers what `submitQuiz` does, and what was chosen, to show it again.
		 */
		async submitQuizForm(auth: AuthContext, lessonId: string, fields: Record<string, string[]>) {
			const { questions } = await this.lesson(auth, lessonId);
			const answers: Record<string, number[] | string> = {};
			const chosen: Record<string, string[]> = {};
			for (const q of questions) {
				const values = fields[`q-${q.id}`] ?? [];
				chosen[q.id] = values;
				answers[q.id] = q.kind === 'short' ? (values[0] ?? '') : values.map(Number).filter((n) => Number.isInteger(n) && n >= 0);
			}
			return { marked: await this.submitQuiz(auth, lessonId, { answers }), chosen };
		},

		/** Marks a quiz attempt: score, pass, feedback per question, attempts left; passing counts as done. */
		async submitQuiz(auth: AuthContext, lessonId: string, input: unknown) {
			const { lesson } = await lessonFor(auth, lessonId);
			if (lesson.kind !== 'quiz') throw new AppError('conflict', 'errors.learning.not_a_quiz');
			const v = parseInput(quizSubmission, input);
			const accountId = auth.actor!.accountId;
			const used = await repo.attemptCount(k, lesson.id, accountId);
			if (lesson.max_attempts !== null && used >= Number(lesson.max_attempts)) throw new AppError('conflict', 'errors.learning.no_attempts_left');
			const questions = await repo.questionsOf(k, lesson.id);
			const marked = markQuiz(
				questions.map((q) => ({ id: q.id, kind: q.kind as QuestionKey['kind'], answer: JSON.parse(q.answer_json) as (number | string)[], feedback: q.feedback })),
				v.answers,
				Number(lesson.pass_mark ?? 100)
			);
			await transaction(db, async (trx) => {
				await repo.insertAttempt(trx, { id: newId(), lesson_id: lesson.id, account_id: accountId, score: marked.score, passed: marked.passed ? 1 : 0, answers_json: JSON.stringify(v.answers), at: nowIso() });
				if (marked.passed) await repo.markDone(trx, { lesson_id: lesson.id, account_id: accountId, course_id: lesson.course_id, done_at: nowIso(), score: marked.score });
			});
			const certificateCode = marked.passed ? await completeIfDone(auth, lesson.course_id) : null;
			return { ...marked, attemptsLeft: lesson.max_attempts === null ? null : Math.max(0, Number(lesson.max_attempts) - used - 1), certificateCode };
		},

	};
}

export type LessonsService = ReturnType<typeof createLessonsService>;
