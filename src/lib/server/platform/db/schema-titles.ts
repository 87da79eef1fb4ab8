/** The criteria sets and learning-titles tables as Kysely sees them (migration 0026); part of `Database` in schema.ts. */

/** One version of a criteria set (generic: keyed by subject kind, year, version); never changed once made. */
export interface CriteriaSetTable {
	id: string;
	/** family | clan | community | unit | citizen (titles); school_emulation later */
	subject_kind: string;
	year: number;
	version: number;
	name: string;
	/** the text it follows (e.g. QĐ 448/QĐ-KHVN), as known */
	basis: string | null;
	max_points: number;
	pass_mark: number;
	/** sections → criteria as JSON (see core/criteria/criteria.schemas.ts) */
	sections_json: string;
	/** 0: the best-known version, not confirmed against the official text */
	confirmed: number;
	note: string | null;
	created_by_account_id: string | null;
	created_at: string;
}

/** A commune's yearly cycle of titles, with its dates. */
export interface TitleCycleTable {
	id: string;
	commune_id: string;
	year: number;
	registration_until: string;
	review_until: string;
	decision_by: string;
	summary_by: string;
	/** open | decided */
	status: string;
	opened_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** One subject registered for one title in one cycle (unique per cycle, kind and subject). */
export interface TitleRegistrationTable {
	id: string;
	cycle_id: string;
	kind: string;
	/** a household, clan, village, organisation or resident id, by kind */
	subject_id: string;
	subject_name: string;
	village_id: string;
	/** self | village_head | officer */
	via: string;
	registered_by_account_id: string | null;
	/** registered | assessed | reviewed | recognised | refused */
	status: string;
	self_score: number | null;
	review_score: number | null;
	review_note: string | null;
	refusal_reason: string | null;
	decision_id: string | null;
	public_consent: number;
	created_at: string;
	updated_at: string;
}

/** A scoring of a registration (self or review), under the criteria set version it names. */
export interface TitleAssessmentTable {
	id: string;
	registration_id: string;
	/** self | review */
	stage: string;
	criteria_set_id: string;
	answers_json: string;
	evidence_json: string;
	score: number;
	passed: number;
	by_account_id: string | null;
	at: string;
}

/** A village's candidate list posted publicly from opens_on to closes_on (inclusive: 10 days). */
export interface TitlePostingTable {
	id: string;
	cycle_id: string;
	village_id: string;
	opens_on: string;
	closes_on: string;
	minutes_file_key: string | null;
	minutes_file_name: string | null;
	minutes_file_type: string | null;
	reviewed_by_account_id: string | null;
	created_at: string;
}

/** An objection by a resident of the village to a posted candidate, and its answer. */
export interface TitleObjectionTable {
	id: string;
	registration_id: string;
	posting_id: string;
	account_id: string;
	resident_id: string;
	reason: string;
	created_at: string;
	answer: string | null;
	upheld: number | null;
	answered_by_account_id: string | null;
	answered_at: string | null;
}

/** The commune's decision recognising the titles of a cycle. */
export interface TitleDecisionTable {
	id: string;
	cycle_id: string;
	number: string;
	decided_on: string;
	signer: string;
	recognised: number;
	refused: number;
	created_by_account_id: string | null;
	created_at: string;
}

/** A title's certificate, verified by its code. */
export interface TitleCertificateTable {
	id: string;
	code: string;
	registration_id: string;
	decision_id: string;
	holder_name: string;
	issued_on: string;
	revoked_at: string | null;
}
