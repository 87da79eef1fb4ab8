/**
 * The append-only audit log: who did what to which record, when, from where, with
 * before/after values for sensitive changes. Writes happen inside the caller's transaction
 * so that a change and its audit row land together or not at all.
 */
import { sql, type Kysely } from 'kysely';
import type { AuthContext } from './access';
import type { Clock } from './clock';
import type { Database, Row } from './db/schema';
import { newId } from './ids';

export interface AuditEntry {
	action: string;
	entityType: string;
	entityId?: string | null;
	scopeUnitId?: string | null;
	before?: unknown;
	after?: unknown;
	note?: string | null;
}

const SECRET_KEYS = /password|token|secret|hash/i;

/** Sensitive values never reach the log in clear: secrets are replaced by a marker. */
export function redact(value: unknown): unknown {
	if (value === null || value === undefined) return value;
	if (Array.isArray(value)) return value.map(redact);
	if (typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) ? '[ẩn]' : redact(v);
		return out;
	}
	return value;
}

/** What erasure leaves of an entry's personal values (the only change the log accepts). */
export const REDACTED_JSON = '{"redacted":true}';
export const REDACTED_ACTOR = '[đã xóa]';

/**
 * Erasure: the personal values of every entry about a record become the marker; who acted,
 * what and when stay. The database refuses any other change to the log.
 */
export async function redactAudit(db: Kysely<Database>, entityType: string, entityId: string, at: string): Promise<number> {
	const r = await db
		.updateTable('audit_log')
		.set({
			before_json: sql<string | null>`case when before_json is null then null else ${REDACTED_JSON} end`,
			after_json: sql<string | null>`case when after_json is null then null else ${REDACTED_JSON} end`,
			redacted_at: sql<string>`coalesce(redacted_at, ${at})`
		})
		.where('entity_type', '=', entityType)
		.where('entity_id', '=', entityId)
		.where((eb) =>
			eb.or([
				eb.and([eb('before_json', 'is not', null), eb('before_json', '!=', REDACTED_JSON)]),
				eb.and([eb('after_json', 'is not', null), eb('after_json', '!=', REDACTED_JSON)])
			])
		)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

/** Erasure of an account: the entries it made keep the account id, lose its label, address and browser. */
export async function redactActor(db: Kysely<Database>, accountId: string, at: string): Promise<number> {
	const r = await db
		.updateTable('audit_log')
		.set({ actor_label: REDACTED_ACTOR, ip: null, user_agent: null, redacted_at: sql<string>`coalesce(redacted_at, ${at})` })
		.where('actor_account_id', '=', accountId)
		.where('actor_label', '!=', REDACTED_ACTOR)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function recordAudit(
	db: Kysely<Database>,
	clock: Clock,
	auth: AuthContext,
	e: AuditEntry
): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			id: newId(),
			at: clock.now().toISOString(),
			actor_account_id: auth.actor?.accountId ?? null,
			actor_label: auth.actor?.login ?? auth.userAgent ?? 'system',
			action: e.action,
			entity_type: e.entityType,
			entity_id: e.entityId ?? null,
			scope_unit_id: e.scopeUnitId ?? null,
			ip: auth.ip,
			user_agent: auth.actor ? auth.userAgent : null,
			before_json: e.before === undefined ? null : JSON.stringify(redact(e.before)),
			after_json: e.after === undefined ? null : JSON.stringify(redact(e.after)),
			note: e.note ?? null
		})
		.execute();
}

export type AuditRow = Row<'audit_log'>;

/** One CSV cell: formula-like text neutralised with a leading ', quoted where needed. */
export function csvCell(v: unknown): string {
	let s = v === null || v === undefined ? '' : String(v);
	// neutralise formulas when the file is opened in a spreadsheet
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const AUDIT_CSV_COLUMNS = [
	'at',
	'actor_label',
	'action',
	'entity_type',
	'entity_id',
	'scope_unit_id',
	'ip',
	'before_json',
	'after_json',
	'note'
] as const;

