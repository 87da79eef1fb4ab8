/**
 * Reading the audit log (writing is platform/audit.ts, inside each change's transaction).
 * Administrators read everything; an auditor scoped to a unit reads the rows of its subtree.
 */
import type { AccessGateway, AuthContext } from '../../platform/access';
import { AUDIT_CSV_COLUMNS, type AuditRow } from '../../platform/audit';
import type { PagedTable } from '../../platform/table-stream';
import { listAudit } from './audit.repository';
import { addDays, todayVn, vnDayStart, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { parseInput } from '../../platform/validation';
import { auditQuery } from './audit.schemas';

const EXPORT_PAGE = 1000;


export function createAuditService({ db, clock, access }: { db: Db; clock: Clock; access: AccessGateway }) {
	/** The reader's scope and filters, checked; `read` lists one page of them. */
	function filtered(auth: AuthContext, input: unknown) {
		const scope = access.requireAny(auth, 'audit.read');
		const v = parseInput(auditQuery, input);
		const today = todayVn(clock);
		const read = (page: number, pageSize: number, count = true, asOf?: string) =>
			listAudit(
				db.kysely,
				scope,
				{
				actor: v.actor,
				action: v.action,
				entityType: v.entityType,
				entityId: v.entityId,
				// dates are Vietnam's calendar days: 00:00 at UTC+7 is 17:00 UTC the day before
				from: v.from ? vnDayStart(v.from) : undefined,
				to: v.to ? vnDayStart(addDays(v.to, 1)) : undefined,
					page,
					pageSize,
					count,
					asOf
				},
				today
			);
		return { v, read };
	}
	return {
		async list(auth: AuthContext, input: unknown): Promise<{ rows: AuditRow[]; total: number; page: number; pageSize: number }> {
			const { v, read } = filtered(auth, input);
			return { ...(await read(v.page, 50)), page: v.page, pageSize: 50 };
		},
		/** The filtered log as a table, page after page, for an export built in the background. */
		async exportTable(auth: AuthContext, input: unknown, asOf: string = clock.now().toISOString()): Promise<PagedTable> {
			const { read } = filtered(auth, input);
			const { total } = await read(1, 0, true, asOf);
			return {
				headers: [...AUDIT_CSV_COLUMNS],
				total,
				async *pages() {
					for (let page = 1; ; page++) {
						const { rows } = await read(page, EXPORT_PAGE, false, asOf);
						if (rows.length > 0) yield rows.map((r) => AUDIT_CSV_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))));
						if (rows.length < EXPORT_PAGE) return;
					}
				}
			};
		}
	};
}

export type AuditService = ReturnType<typeof createAuditService>;
