/** The Lifelong Learning Week's tables as Kysely sees them (migration 0028); part of `Database` in schema.ts. */

/** A campaign of the city or a commune for a year (the Week, a reading day, a digital-literacy month). */
export interface CampaignTable {
	id: string;
	level: string;
	unit_id: string;
	parent_campaign_id: string | null;
	year: number;
	kind: string;
	title: string;
	theme: string;
	starts_on: string;
	ends_on: string;
	plan: string;
	report_due_on: string | null;
	report_submitted_at: string | null;
	status: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** One line of a campaign's plan: what to do, for which kinds of actors, by when, which figures to report. */
export interface CampaignDirectiveTable {
	id: string;
	campaign_id: string;
	position: number;
	title: string;
	body: string;
	/** comma-separated actor kinds */
	actor_kinds: string;
	due_on: string;
	/** JSON: [{ key, label }] */
	figures: string;
	created_at: string;
}

/** A directive for one holder in a commune: an organisation, or the commune itself (org_id null). */
export interface CampaignAssignmentTable {
	id: string;
	campaign_id: string;
	directive_id: string;
	unit_id: string;
	org_id: string | null;
	actor_kind: string;
	status: string;
	/** JSON: { key: whole number } */
	figures: string;
	report: string;
	reported_at: string | null;
	reported_by_account_id: string | null;
	reminded_at: string | null;
	created_at: string;
	updated_at: string;
}

export interface EventTable {
	id: string;
	campaign_id: string | null;
	unit_id: string;
	org_id: string | null;
	kind: string;
	title: string;
	description: string;
	venue: string;
	address: string;
	starts_at: string;
	ends_at: string;
	capacity: number;
	taken_count: number;
	status: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

export interface EventRegistrationTable {
	id: string;
	event_id: string;
	account_id: string | null;
	resident_id: string | null;
	name: string;
	phone: string | null;
	email: string | null;
	/** registered | waiting | cancelled */
	status: string;
	ticket_code: string;
	walk_in: number;
	client_key: string | null;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

export interface EventCheckInTable {
	id: string;
	event_id: string;
	registration_id: string;
	checked_in_at: string;
	by_account_id: string | null;
}

export interface ContestTable {
	id: string;
	campaign_id: string | null;
	unit_id: string;
	title: string;
	description: string;
	opens_at: string;
	closes_at: string;
	question_count: number;
	time_limit_seconds: number;
	prizes: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

export interface ContestQuestionTable {
	id: string;
	contest_id: string;
	position: number;
	prompt: string;
	/** JSON: string[] */
	choices: string;
	answer: number;
}

export interface ContestAttemptTable {
	id: string;
	contest_id: string;
	account_id: string | null;
	resident_id: string | null;
	name: string;
	unit_id: string | null;
	/** JSON: string[] in the order shown */
	question_ids: string;
	started_at: string;
	deadline_at: string;
	submitted_at: string | null;
	/** JSON: number[] (choice index per question, -1 unanswered) */
	answers: string | null;
	score: number | null;
	duration_ms: number | null;
}
