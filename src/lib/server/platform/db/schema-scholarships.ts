/** The scholarship tables as Kysely sees them (migration 0022); part of `Database` in schema.ts. */

export interface ScholarshipCriteriaSetTable {
	id: string;
	family: string;
	version: number;
	name: string;
	/** the criteria as JSON (see scholarships.schemas.ts: `criterion`) */
	criteria_json: string;
	confirmed: number;
	note: string | null;
	created_by_account_id: string | null;
	created_at: string;
}

export interface ScholarshipRoundTable {
	id: string;
	fund_id: string;
	unit_id: string;
	org_id: string | null;
	criteria_set_id: string;
	name: string;
	school_year: string;
	budget: number;
	places: number;
	award_amount: number;
	opens_on: string;
	closes_on: string;
	/** 'open' | 'reviewing' | 'decided' | 'paid' */
	status: string;
	committed: number;
	awarded: number;
	chair_account_id: string;
	paid_on: string | null;
	created_at: string;
	updated_at: string;
}

export interface ScholarshipReviewerTable {
	round_id: string;
	account_id: string;
	added_at: string;
}

export interface ScholarshipNominationTable {
	id: string;
	round_id: string;
	resident_id: string | null;
	pupil_name: string;
	birth_year: number;
	school_name: string;
	school_org_id: string | null;
	class_name: string;
	village_id: string;
	circumstances: string;
	claims_json: string;
	/** 'school' | 'association' | 'guardian' */
	nominator_kind: string;
	nominated_by_account_id: string;
	/** 'nominated' | 'approved' */
	status: string;
	amount: number | null;
	approved_at: string | null;
	entry_id: string | null;
	created_at: string;
}

export interface ScholarshipDocumentTable {
	id: string;
	nomination_id: string;
	file_key: string;
	file_name: string;
	content_type: string;
	size: number;
	uploaded_by_account_id: string;
	created_at: string;
}

export interface ScholarshipReviewTable {
	nomination_id: string;
	reviewer_account_id: string;
	conflict: number;
	conflict_reason: string | null;
	scores_json: string;
	total: number;
	note: string | null;
	submitted_at: string;
}
