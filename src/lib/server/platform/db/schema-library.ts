/** The community bookshelves' tables as Kysely sees them (migrations 0027, 0034); part of `Database` in schema.ts. */

export interface LibraryShelfTable {
	id: string;
	name: string;
	unit_id: string;
	org_id: string | null;
	address: string;
	hours: string;
	loan_days: number;
	max_renewals: number;
	/** days a copy set aside for a reader waits for them (0034) */
	hold_days: number;
	status: string;
	created_at: string;
	updated_at: string;
}

export interface LibraryKeeperTable {
	shelf_id: string;
	account_id: string;
	created_at: string;
}

export interface LibraryTitleTable {
	id: string;
	isbn: string | null;
	title: string;
	authors: string;
	publisher: string;
	year: number | null;
	subject: string;
	age_group: string;
	language: string;
	search_text: string;
	/** folded title and first author: how duplicates without an ISBN are found */
	title_key: string;
	status: string;
	merged_into_id: string | null;
	created_at: string;
	updated_at: string;
}

export interface LibraryCopyTable {
	id: string;
	title_id: string;
	shelf_id: string;
	code: string;
	/** available | on_loan | held | lost | damaged | withdrawn */
	status: string;
	held_for_hold_id: string | null;
	/** the donation the copy came from, if given */
	donation_id: string | null;
	note: string | null;
	created_at: string;
	updated_at: string;
}

export interface LibraryLoanTable {
	id: string;
	copy_id: string;
	shelf_id: string;
	title_id: string;
	reader_account_id: string;
	lent_at: string;
	lent_on: string;
	due_on: string;
	renewals: number;
	returned_at: string | null;
	lent_by_account_id: string | null;
	returned_by_account_id: string | null;
	reminded_on: string | null;
	hidden: number;
	/** the day the loan's one overdue letter was queued (0034) */
	overdue_notice_on: string | null;
}

export interface LibraryHoldTable {
	id: string;
	title_id: string;
	shelf_id: string;
	reader_account_id: string;
	/** waiting | ready | fulfilled | cancelled | expired */
	status: string;
	copy_id: string | null;
	/** 1 while waiting or ready, null after: one live hold per reader, title and shelf */
	live: number | null;
	created_at: string;
	ready_at: string | null;
	/** the last day a ready hold's copy waits for the reader (0034); past it the hold expires */
	ready_until: string | null;
	closed_at: string | null;
}

/** Books given to a shelf; the donor named in public only with `donor_public`. */
export interface LibraryDonationTable {
	id: string;
	shelf_id: string;
	donor_name: string | null;
	donor_public: number;
	book_count: number;
	/** đồng, when valued (then also an in-kind entry in a fund's book) */
	value: number | null;
	fund_entry_id: string | null;
	received_on: string;
	note: string | null;
	created_by_account_id: string | null;
	created_at: string;
}

/** A reading challenge (migration 0033): a goal in books between two dates, set in a commune or the city. */
export interface ReadingChallengeTable {
	id: string;
	title: string;
	/** 'book_day' (21 April), 'week' (the Lifelong Learning Week) or 'other' */
	occasion: string;
	description: string;
	unit_id: string;
	/** the organiser, whose issuance book numbers the certificates */
	org_id: string;
	starts_on: string;
	ends_on: string;
	goal_books: number;
	/** 'open' or 'cancelled' */
	status: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** A reader's entry in a challenge; reached and certified once the goal is met. */
export interface ReadingChallengeEntryTable {
	id: string;
	challenge_id: string;
	account_id: string;
	joined_at: string;
	reached_at: string | null;
	books: number | null;
	certificate_id: string | null;
}
