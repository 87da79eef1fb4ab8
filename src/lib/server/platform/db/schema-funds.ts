/** The funds tables as Kysely sees them (study-promotion funds and their books); part of `Database` in schema.ts. */

/** A study-promotion fund (migration 0021): the balance, count and last hash follow its book. */
export interface FundTable {
	id: string;
	name: string;
	owner_kind: string;
	unit_id: string;
	org_id: string | null;
	description: string;
	balance: number;
	entry_count: number;
	last_hash: string;
	status: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** One movement in a fund's book (append-only; `delta` in đồng, signed). */
export interface FundEntryTable {
	id: string;
	fund_id: string;
	seq: number;
	kind: string;
	delta: number;
	method: string | null;
	item: string | null;
	party_kind: string | null;
	party_name: string | null;
	party_public: number;
	purpose: string | null;
	reverses_entry_id: string | null;
	occurred_on: string;
	note: string | null;
	created_by_account_id: string | null;
	created_at: string;
	prev_hash: string;
	hash: string;
	/** the donor of a donation (migration 0024): the hash covers the id, not the erasable name */
	donor_id: string | null;
	pledge_id: string | null;
	/** the other fund of a transfer, and the entry in its book */
	counterpart_fund_id: string | null;
	counterpart_entry_id: string | null;
}

/** Who gave to a fund (migration 0024); the name can be corrected or erased, `public` withdrawn. */
export interface FundDonorTable {
	id: string;
	fund_id: string;
	kind: string;
	name: string;
	phone: string | null;
	address: string | null;
	public: number;
	erased_at: string | null;
	created_at: string;
	updated_at: string;
}

/** A promise to give (cam kết), fulfilled by donations naming it. */
export interface FundPledgeTable {
	id: string;
	fund_id: string;
	donor_id: string;
	amount: number;
	due_on: string | null;
	note: string | null;
	status: string;
	created_by_account_id: string | null;
	created_at: string;
	updated_at: string;
}

/** A donation's receipt (biên nhận): numbered per fund and year, verified publicly by its code. */
export interface FundReceiptTable {
	id: string;
	fund_id: string;
	entry_id: string;
	year: number;
	number: number;
	code: string;
	issued_at: string;
}

/** A fund's running totals by month and line (migration 0025), kept with each entry. */
export interface FundMonthTotalTable {
	fund_id: string;
	/** YYYY-MM of the entries' dates */
	month: string;
	/** `in:<way>`, `out:<purpose>` or `move:<other fund id>` */
	line: string;
	amount: number;
	entries: number;
}
