/** The learning tables as Kysely sees them (courses to surveys); part of `Database` in schema.ts. */

export interface CourseTable {
	id: string;
	org_id: string;
	unit_id: string;
	title: string;
	topic: string;
	audience: string;
	description: string;
	mode: string;
	expected_hours: number;
	completion_json: string;
	status: string;
	/** normalizeVi of title, audience and the words of the description (what search matches) */
	search_text: string;
	/** normalizeVi of the title alone: title matches rank first (0018) */
	title_text: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
	lessons_in_order?: number;
}

export interface ClassTable {
	id: string;
	course_id: string;
	title: string;
	venue: string;
	teacher_name: string;
	teacher_account_id: string | null;
	capacity: number;
	enrolled_count: number;
	starts_on: string;
	ends_on: string;
	status: string;
	created_at: string;
	updated_at: string;
}

export interface ClassSessionTable {
	id: string;
	class_id: string;
	date: string;
	starts_at: string;
	ends_at: string;
	topic: string | null;
}

export interface EnrolmentTable {
	id: string;
	class_id: string;
	resident_id: string | null;
	account_id: string | null;
	learner_name: string;
	status: string;
	enrolled_by_account_id: string | null;
	created_at: string;
	updated_at: string;
	withdrawn_at: string | null;
}

export interface LessonTable {
	id: string;
	course_id: string;
	position: number;
	title: string;
	kind: string;
	body: string;
	pass_mark: number | null;
	max_attempts: number | null;
	created_at: string;
	updated_at: string;
	/** video | pdf lessons: the uploaded file (key in the file store), or a video's link */
	media_key?: string | null;
	media_type?: string | null;
	media_size?: number | null;
	media_name?: string | null;
	media_url?: string | null;
	captions_key?: string | null;
}

export interface QuizQuestionTable {
	id: string;
	lesson_id: string;
	position: number;
	kind: string;
	prompt: string;
	options_json: string;
	answer_json: string;
	feedback: string | null;
}

export interface LessonProgressTable {
	lesson_id: string;
	account_id: string;
	course_id: string;
	done_at: string;
	score: number | null;
}

export interface QuizAttemptTable {
	id: string;
	lesson_id: string;
	account_id: string;
	score: number;
	passed: number;
	answers_json: string;
	at: string;
}

export interface CompletionTable {
	id: string;
	course_id: string;
	account_id: string | null;
	resident_id: string | null;
	hours: number;
	completed_at: string;
}

export interface CertificateTable {
	id: string;
	code: string;
	number: string;
	org_id: string;
	year: number;
	seq: number;
	/** null for what is not a course (migration 0033) */
	completion_id: string | null;
	course_id: string | null;
	account_id: string | null;
	resident_id: string | null;
	learner_name: string;
	/** what is certified as printed: a course's title, or a reading challenge's */
	course_title: string;
	hours: number;
	issued_on: string;
	revoked_at: string | null;
	revoked_reason: string | null;
	revoked_by_account_id: string | null;
	/** 'course' or 'reading_challenge' */
	kind: string;
	/** the commune (or city) it belongs to: the course's, or the challenge's */
	unit_id: string;
	/** for a reading challenge, the books read */
	books: number | null;
}

/** An organiser's issuance book for a year: the last certificate number given. */
export interface CertificateBookTable {
	org_id: string;
	year: number;
	last_seq: number;
}

export interface AttendanceTable {
	session_id: string;
	enrolment_id: string;
	present: number;
	recorded_by_account_id: string | null;
	recorded_at: string;
}

export interface SurveyTable {
	id: string;
	org_id: string;
	unit_id: string;
	title: string;
	topics_json: string;
	status: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

export interface SurveyResponseTable {
	id: string;
	survey_id: string;
	account_id: string | null;
	village_id: string;
	age_group: string;
	gender: string;
	topics_json: string;
	entered_by_account_id: string | null;
	created_at: string;
}

export interface SessionReminderTable {
	session_id: string;
	enrolment_id: string;
	sent_at: string;
}
