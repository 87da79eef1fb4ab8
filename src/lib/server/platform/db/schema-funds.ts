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
}
