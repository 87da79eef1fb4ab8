import { z } from 'zod';
import { calendarDate } from '../../platform/fields';

/** Filters of the audit log (console page, API and CSV export). */
export const auditQuery = z.object({
	actor: z.string().trim().max(64).optional().transform((s) => s || undefined),
	action: z.string().trim().max(64).optional().transform((s) => s || undefined),
	entityType: z.string().trim().max(64).optional().transform((s) => s || undefined),
	entityId: z.string().trim().max(64).optional().transform((s) => s || undefined),
	from: calendarDate.optional().or(z.literal('').transform(() => undefined)),
	to: calendarDate.optional().or(z.literal('').transform(() => undefined)),
	page: z.coerce.number().int().min(1).max(100_000).default(1)
});
