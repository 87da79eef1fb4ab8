/** The schools' emulation and joint school–centre activities as Kysely sees them (migration 0032); part of `Database` in schema.ts. */

/** A unit's emulation round for a school year (2026 = 2026–2027); one per unit and year. */
export interface EmulationRoundTable {
	id: string;
	unit_id: string;
	school_year: number;
	name: string;
	/** open | closed */
	status: string;
	opened_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** A school's score in a round: self-score, review, award; kept under the criteria set it was scored with. */
export interface EmulationScoreTable {
	id: string;
	round_id: string;
	school_org_id: string;
	criteria_set_id: string;
	/** { [criterionKey]: { points, note } } */
	self_json: string;
	self_total: number;
	submitted_at: string;
	submitted_by_account_id: string | null;
	/** { [criterionKey]: { points, note } } */
	review_json: string | null;
	reviewed_total: number | null;
	review_comment: string | null;
	reviewed_at: string | null;
	reviewed_by_account_id: string | null;
	award_title: string | null;
	award_note: string | null;
	awarded_at: string | null;
	awarded_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** A joint school–centre activity, recorded once by either side. */
export interface SchoolCentreActivityTable {
	id: string;
	held_on: string;
	title: string;
	school_org_id: string;
	centre_org_id: string;
	participants: number;
	note: string | null;
	/** school | centre | office */
	recorded_side: string;
	recorded_by_account_id: string | null;
	created_at: string;
}
