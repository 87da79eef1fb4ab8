/**
 * Exports: each kind is a list its owner module already shows, and asking for one needs the
 * permission that reads that list (the audit log: `audit.read`; residents: `people.view`),
 * checked when it is asked for and again, from the account's grants as they are then, when the
 * job builds it. An export is its requester's alone: anyone else reads it as not found. Files
 * are kept a day, then swept.
 */
import { AppError } from '../../platform/errors';
import type { Permission } from '../../platform/permissions';
import type { ExportKind } from './exports.schemas';

export const EXPORT_RULES = {
	/** what each kind needs and the formats it comes in (the first is the default) */
	kinds: {
		audit: { permission: 'audit.read', formats: ['csv'] },
		residents: { permission: 'people.view', formats: ['xlsx', 'csv'] }
	} satisfies Record<ExportKind, { permission: Permission; formats: readonly ('csv' | 'xlsx')[] }>,
	/** how long a finished file is kept */
	keepMs: 24 * 3600_000,
	/** exports one account may have waiting or running at once */
	maxPending: 3,
	/** an export waiting or running this long has been given up by its job (retries spent): failed */
	stalledMs: 2 * 3600_000,
	/** the largest file an export may write */
	maxBytes: 512 * 1024 * 1024
} as const;

/** An export row seen by someone: its requester, or not found. */
export function requireOwner(accountId: string, row: { account_id: string } | undefined): asserts row is { account_id: string } {
	if (!row || row.account_id !== accountId) throw new AppError('not_found');
}
