/**
 * Reading the audit log (writing is platform/audit.ts, inside each change's transaction).
 * Administrators read everything; an auditor scoped to a unit reads the rows of its subtree.
 */
import type { AccessGateway, AuthContext } from '../../platform/access';
import { auditToCsv, type AuditRow } from '../../platform/audit';
import { listAudit } from './audit.repository';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { parseInput } from '../../platform/validation';
import { auditQuery } from './audit.schemas';

const nextDay = (d: string) => new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

export function createAuditService({ db, clock, access }: { db: Db; clock: Clock; access: AccessGateway }) {
	async function query(auth: AuthContext, input: unknown, pageSize: number, all = false): Promise<{ rows: AuditRow[]; total: number; page: number; pageSize: number }> {
		const scope = access.requireAny(auth, 'audit.read');
		const v = parseInput(auditQuery, input);
		const today = todayVn(clock);
		const r = await listAudit(
			db.kysely,
			scope,
			{
				actor: v.actor,
				action: v.action,
				entityType: v.entityType,
				entityId: v.entityId,
				// dates are Vietnam's calendar days: 00:00 at UTC+7 is 17:00 UTC the day before
				from: v.from ? new Date(`${v.from}T00:00:00+07:00`).toISOString() : undefined,
				to: v.to ? new Date(`${nextDay(v.to)}T00:00:00+07:00`).toISOString() : undefined,
				page: all ? 1 : v.page,
				pageSize
			},
			today
		);
		return { ...r, page: v.page, pageSize };
	}
	return {
		list: (auth: AuthContext, input: unknown) => query(auth, input, 50),
		async exportCsv(auth: AuthContext, input: unknown): Promise<string> {
			const r = await query(auth, input, 100_000, true);
			return auditToCsv(r.rows);
		}
	};
}

export type AuditService = ReturnType<typeof createAuditService>;
