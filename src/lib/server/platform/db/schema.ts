/**
 * The database as Kysely sees it. Times are ISO-8601 UTC strings, calendar dates YYYY-MM-DD,
 * booleans integers 0/1, money whole đồng as integers, keys UUIDv7 strings, on both dialects.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { CourseTable, ClassTable, ClassSessionTable, EnrolmentTable, LessonTable, QuizQuestionTable, LessonProgressTable, QuizAttemptTable, CompletionTable, CertificateTable, CertificateBookTable, AttendanceTable, SurveyTable, SurveyResponseTable, SessionReminderTable } from './schema-learning';

export type * from './schema-learning';
export type * from './schema-funds';
export type * from './schema-awards';
export type * from './schema-titles';
export type * from './schema-week';
import type { CampaignTable, CampaignDirectiveTable, CampaignAssignmentTable, EventTable, EventRegistrationTable, EventCheckInTable, ContestTable, ContestQuestionTable, ContestAttemptTable } from './schema-week';
export type * from './schema-library';
export type * from './schema-emulation';
import type { FundTable, FundEntryTable, FundDonorTable, FundPledgeTable, FundReceiptTable, FundMonthTotalTable } from './schema-funds';
import type { ScholarshipCriteriaSetTable, ScholarshipRoundTable, ScholarshipReviewerTable, ScholarshipNominationTable, ScholarshipDocumentTable, ScholarshipReviewTable } from './schema-scholarships';
import type { LibraryShelfTable, LibraryKeeperTable, LibraryTitleTable, LibraryCopyTable, LibraryLoanTable, LibraryHoldTable, LibraryDonationTable, ReadingChallengeTable, ReadingChallengeEntryTable } from './schema-library';
import type { RewardRegulationTable, RewardRuleTable, RewardProposalTable, HonourNominationTable } from './schema-awards';
import type { CriteriaSetTable, TitleCycleTable, TitleRegistrationTable, TitleAssessmentTable, TitlePostingTable, TitleObjectionTable, TitleDecisionTable, TitleCertificateTable } from './schema-titles';
import type { EmulationRoundTable, EmulationScoreTable, SchoolCentreActivityTable } from './schema-emulation';

export interface AdminUnitTable {
	id: string;
	code: string | null;
	name: string;
	level: string;
	kind: string;
	valid_from: string;
	valid_until: string | null;
	population: number | null;
	search_text: string;
	created_at: string;
	updated_at: string;
}

export interface UnitLinkTable {
	id: string;
	unit_id: string;
	parent_id: string;
	valid_from: string;
	valid_until: string | null;
}

export interface UnitLineageTable {
	id: string;
	event: string;
	from_unit_id: string;
	to_unit_id: string;
	effective_date: string;
	note: string;
	created_at: string;
}

export interface OrganizationTable {
	id: string;
	name: string;
	kind: string;
	unit_id: string;
	address: string | null;
	phone: string | null;
	email: string | null;
	valid_from: string;
	valid_until: string | null;
	search_text: string;
	created_at: string;
	updated_at: string;
}

export interface AccountTable {
	id: string;
	login: string;
	display_name: string;
	email: string | null;
	password_hash: string;
	status: string;
	created_at: string;
	updated_at: string;
	last_sign_in_at: string | null;
}

export interface SessionTable {
	id: string;
	account_id: string;
	created_at: string;
	last_seen_at: string;
	idle_expires_at: string;
	expires_at: string;
	ip: string | null;
	user_agent: string | null;
	revoked_at: string | null;
}

export interface ApiTokenTable {
	id: string;
	account_id: string;
	name: string;
	token_hash: string;
	prefix: string;
	created_at: string;
	last_used_at: string | null;
	expires_at: string | null;
	revoked_at: string | null;
}

export interface RoleGrantTable {
	id: string;
	account_id: string;
	role: string;
	scope_kind: string;
	scope_unit_id: string | null;
	scope_org_id: string | null;
	granted_by: string | null;
	created_at: string;
	revoked_at: string | null;
}

export interface SignInThrottleTable {
	key: string;
	failures: number;
	last_failure_at: string;
	blocked_until: string | null;
}

export interface AuditLogTable {
	id: string;
	at: string;
	actor_account_id: string | null;
	actor_label: string;
	action: string;
	entity_type: string;
	entity_id: string | null;
	scope_unit_id: string | null;
	ip: string | null;
	user_agent: string | null;
	before_json: string | null;
	after_json: string | null;
	note: string | null;
	redacted_at: string | null;
}

export interface NewsItemTable {
	id: string;
	kind: string;
	status: string;
	title: string;
	summary: string;
	body_md: string;
	body_html: string;
	author_account_id: string | null;
	author_name: string;
	scope_unit_id: string | null;
	cover_key: string | null;
	cover_thumb_key: string | null;
	cover_width: number | null;
	cover_height: number | null;
	cover_alt: string | null;
	published_at: string | null;
	archived_at: string | null;
	created_at: string;
	updated_at: string;
	search_text: string;
	exact_text: string;
}

/** SQLite only: the FTS5 index of news_items.search_text, kept by triggers. */
export interface NewsFtsTable {
	id: string;
	search_text: string;
}

export interface HouseholdTable {
	id: string;
	village_id: string;
	address: string | null;
	head_resident_id: string | null;
	created_at: string;
	updated_at: string;
	import_id?: string | null;
}

export interface ResidentTable {
	id: string;
	full_name: string;
	birth_date: string;
	gender: string;
	village_id: string;
	household_id: string | null;
	relation_to_head: string | null;
	phone: string | null;
	email: string | null;
	account_id: string | null;
	status: string;
	merged_into_id: string | null;
	search_text: string;
	created_at: string;
	updated_at: string;
	erased_at: string | null;
	import_id?: string | null;
	/** 'day' (birth_date is the whole date) or 'year' (only the year is known; stored YYYY-01-01); default 'day' (0019) */
	birth_precision?: string;
}

export interface ClanTable {
	id: string;
	name: string;
	home_village_id: string;
	search_text: string;
	created_at: string;
	updated_at: string;
}

export interface ClanMemberTable {
	clan_id: string;
	resident_id: string;
	role: string;
}

export interface ConsentTable {
	id: string;
	resident_id: string;
	purpose: string;
	given_by: string;
	guardian_name: string | null;
	method: string;
	recorded_by_account_id: string | null;
	given_at: string;
	withdrawn_at: string | null;
	withdrawn_by_account_id: string | null;
}

export interface PeopleImportTable {
	id: string;
	unit_id: string;
	file_name: string;
	file_key: string | null;
	status: string;
	total_rows: number;
	rejected_rows: number;
	processed_rows: number;
	households: number;
	problems_json: string;
	failure: string | null;
	created_by_account_id: string;
	created_at: string;
	updated_at: string;
	committed_at: string | null;
}

export interface SignupTable {
	id: string;
	account_id: string;
	full_name: string;
	birth_date: string;
	gender: string;
	village_id: string;
	phone: string | null;
	email: string | null;
	search_text: string;
	status: string;
	match_count: number;
	match_resident_id: string | null;
	email_confirmed_at: string | null;
	resident_id: string | null;
	resolved_by_account_id: string | null;
	resolved_at: string | null;
	refusal_reason: string | null;
	created_at: string;
	updated_at: string;
}

export interface OneTimeTokenTable {
	id: string;
	purpose: string;
	account_id: string;
	signup_id: string | null;
	created_by_account_id: string | null;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

/** The job queue on SQLite only (PostgreSQL: pg-boss's own tables). */
export interface JobTable {
	id: string;
	queue: string;
	data_json: string;
	state: 'waiting' | 'active' | 'failed';
	attempts: number;
	retry_limit: number;
	retry_delay: number;
	backoff: number;
	key: string | null;
	run_at: string;
	locked_until: string | null;
	last_error: string | null;
	created_at: string;
	failed_at: string | null;
}

/** Files kept in the database (FILE_STORE=database): one row each, bytes in chunks. */
export interface StoredFileTable {
	key: string;
	size: number;
	complete: number;
	modified_at: string;
}

export interface FileChunkTable {
	key: string;
	seq: number;
	bytes: Uint8Array;
}

/** A large export built in the background (migration 0017). */
export interface ExportTable {
	id: string;
	account_id: string;
	kind: string;
	format: string;
	params_json: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	total_rows: number | null;
	done_rows: number;
	file_key: string | null;
	file_name: string;
	size_bytes: number | null;
	error: string | null;
	created_at: string;
	started_at: string | null;
	finished_at: string | null;
	expires_at: string;
}

export interface Database {
	admin_units: AdminUnitTable;
	unit_links: UnitLinkTable;
	unit_lineage: UnitLineageTable;
	organizations: OrganizationTable;
	accounts: AccountTable;
	sessions: SessionTable;
	api_tokens: ApiTokenTable;
	role_grants: RoleGrantTable;
	sign_in_throttle: SignInThrottleTable;
	audit_log: AuditLogTable;
	news_items: NewsItemTable;
	news_fts: NewsFtsTable;
	households: HouseholdTable;
	residents: ResidentTable;
	clans: ClanTable;
	clan_members: ClanMemberTable;
	consents: ConsentTable;
	people_imports: PeopleImportTable;
	signups: SignupTable;
	one_time_tokens: OneTimeTokenTable;
	courses: CourseTable;
	classes: ClassTable;
	class_sessions: ClassSessionTable;
	enrolments: EnrolmentTable;
	lessons: LessonTable;
	quiz_questions: QuizQuestionTable;
	lesson_progress: LessonProgressTable;
	quiz_attempts: QuizAttemptTable;
	completions: CompletionTable;
	certificates: CertificateTable;
	certificate_books: CertificateBookTable;
	attendance: AttendanceTable;
	surveys: SurveyTable;
	survey_responses: SurveyResponseTable;
	jobs: JobTable;
	stored_files: StoredFileTable;
	file_chunks: FileChunkTable;
	session_reminders: SessionReminderTable;
	exports: ExportTable;
	funds: FundTable;
	fund_entries: FundEntryTable;
	fund_donors: FundDonorTable;
	fund_pledges: FundPledgeTable;
	fund_receipts: FundReceiptTable;
	fund_month_totals: FundMonthTotalTable;
	scholarship_criteria_sets: ScholarshipCriteriaSetTable;
	scholarship_rounds: ScholarshipRoundTable;
	scholarship_reviewers: ScholarshipReviewerTable;
	scholarship_nominations: ScholarshipNominationTable;
	scholarship_documents: ScholarshipDocumentTable;
	scholarship_reviews: ScholarshipReviewTable;
	reward_regulations: RewardRegulationTable;
	reward_rules: RewardRuleTable;
	reward_proposals: RewardProposalTable;
	honour_nominations: HonourNominationTable;
	criteria_sets: CriteriaSetTable;
	title_cycles: TitleCycleTable;
	title_registrations: TitleRegistrationTable;
	title_assessments: TitleAssessmentTable;
	title_postings: TitlePostingTable;
	title_objections: TitleObjectionTable;
	title_decisions: TitleDecisionTable;
	title_certificates: TitleCertificateTable;
	campaigns: CampaignTable;
	campaign_directives: CampaignDirectiveTable;
	campaign_assignments: CampaignAssignmentTable;
	events: EventTable;
	event_registrations: EventRegistrationTable;
	event_check_ins: EventCheckInTable;
	contests: ContestTable;
	contest_questions: ContestQuestionTable;
	contest_attempts: ContestAttemptTable;
	library_shelves: LibraryShelfTable;
	library_keepers: LibraryKeeperTable;
	library_titles: LibraryTitleTable;
	library_copies: LibraryCopyTable;
	library_loans: LibraryLoanTable;
	library_holds: LibraryHoldTable;
	library_donations: LibraryDonationTable;
	reading_challenges: ReadingChallengeTable;
	reading_challenge_entries: ReadingChallengeEntryTable;
	emulation_rounds: EmulationRoundTable;
	emulation_scores: EmulationScoreTable;
	school_centre_activities: SchoolCentreActivityTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowPatch<T extends keyof Database> = Updateable<Database[T]>;
