/** Reading the audit log within a reader's scope (writing is platform/audit.ts, inside each change's transaction). */
import { sql, type Kysely } from 'kysely';
import type { ScopeSet } from '../../platform/access';
import type { AuditRow } from '../../platform/audit';
import type { Database } from '../../platform/db/schema';
import { unitSubtreeSql } from '../../platform/db/scope';

export interface AuditQuery {
	actor?: string;
	action?: string;
	entityType?: string;
	entityId?: string;
	from?: string;
	to?: string;
	page: number;
	pageSize: number;
	/** false: the page only, no count (an export reading page after page) */
	count?: boolean;
	/** rows written up to this instant only (an export: rows written while it reads do not shift its pages) */
	asOf?: string;
}

/**
 * Lists the log within the reader's scope, newest first. Rows with no unit (platform-wide
 * acts such as account changes) are visible to global readers only.
 */
export async function listAudit(
	db: Kysely<Database>,
	scope: ScopeSet,
	q: AuditQuery,
	today: string
): Promise<{ rows: AuditRow[]; total: number }> {
	let base = db.selectFrom('audit_log');
	if (!scope.all) {
		if (scope.unitIds.length === 0) return { rows: [], total: 0 };
		base = base.where(sql<boolean>`scope_unit_id in (${unitSubtreeSql(scope.unitIds, today)})`);
	}
	if (q.actor) base = base.where('actor_label', '=', q.actor);
	if (q.action) base = base.where('action', '=', q.action);
	if (q.entityType) base = base.where('entity_type', '=', q.entityType);
	if (q.entityId) base = base.where('entity_id', '=', q.entityId);
	if (q.from) base = base.where('at', '>=', q.from);
	if (q.to) base = base.where('at', '<', q.to);
	if (q.asOf) base = base.where('at', '<=', q.asOf);
	const [rows, count] = await Promise.all([
		base
			.selectAll()
			.orderBy('at', 'desc')
			.orderBy('id', 'desc')
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize)
			.execute(),
		q.count === false ? { n: -1 } : base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}
