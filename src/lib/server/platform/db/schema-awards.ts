/** The awards tables as Kysely sees them (reward regulations, awards, the honour board); part of `Database` in schema.ts. */

/** One version of a fund's reward regulation (migration 0023): never changed once made. */
export interface RewardRegulationTable {
	id: string;
	fund_id: string;
	version: number;
	title: string;
	effective_from: string;
	note: string | null;
	/** 1: a typical regulation given as an example to adapt (the demo's) */
	is_example: number;
	created_by_account_id: string | null;
	created_at: string;
}

/** One line of a regulation: an achievement at a level, and its amount in đồng. */
export interface RewardRuleTable {
	id: string;
	regulation_id: string;
	position: number;
	achievement: string;
	level: string;
	label: string;
	amount: number;
	note: string | null;
}

/** An award proposed under a rule: the amount is the rule's when it was made. */
export interface RewardProposalTable {
	id: string;
	fund_id: string;
	regulation_id: string;
	rule_id: string;
	amount: number;
	person_name: string;
	resident_id: string | null;
	details: string | null;
	evidence: string;
	/** a scan or photo of the evidence, in the file store (PDF, JPEG, PNG) */
	evidence_file_key: string | null;
	evidence_file_name: string | null;
	school_year: string;
	/** proposed | approved | rejected | paid */
	status: string;
	proposed_by_account_id: string | null;
	proposed_at: string;
	decided_by_account_id: string | null;
	decided_at: string | null;
	decision_note: string | null;
	paid_entry_id: string | null;
	paid_on: string | null;
	updated_at: string;
}

/** A nomination to the honour board, with the person's consent on record. */
export interface HonourNominationTable {
	id: string;
	unit_id: string;
	org_id: string | null;
	year: number;
	title: string;
	person_name: string;
	resident_id: string | null;
	is_minor: number;
	story: string;
	evidence: string;
	news_id: string | null;
	/** proposed | approved | rejected */
	status: string;
	nominated_by_account_id: string | null;
	nominated_at: string;
	reviewed_by_account_id: string | null;
	reviewed_at: string | null;
	review_note: string | null;
	/** none | given | withdrawn */
	consent: string;
	consent_method: string | null;
	consent_guardian_name: string | null;
	consent_recorded_by_account_id: string | null;
	consent_at: string | null;
	consent_withdrawn_at: string | null;
	consent_withdrawn_by_account_id: string | null;
	updated_at: string;
}
