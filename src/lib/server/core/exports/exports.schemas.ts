/** Exports: what may be asked for, and what the requester sees of an export as it is built. */
import { z } from 'zod';

export const EXPORT_KINDS = ['audit', 'residents'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** A kind, a format (the kind's first when left out) and the filters of the list being exported, as its page takes them. */
export const exportRequest = z
	.object({
		kind: z.enum(EXPORT_KINDS),
		format: z.enum(EXPORT_FORMATS).optional(),
		filters: z.record(z.string(), z.string().max(200)).default({})
	})
	.strict();

export const exportOut = z.object({
	id: z.string(),
	kind: z.enum(EXPORT_KINDS),
	format: z.enum(EXPORT_FORMATS),
	status: z.enum(EXPORT_STATUSES),
	totalRows: z.number().int().nullable(),
	doneRows: z.number().int(),
	/** 0–100, rounded down; 100 only once the file is stored */
	percent: z.number().int(),
	fileName: z.string(),
	sizeBytes: z.number().int().nullable(),
	/** why it failed, in the requester's language */
	error: z.string().nullable(),
	createdAt: z.string(),
	finishedAt: z.string().nullable(),
	expiresAt: z.string(),
	/** where to download it once done */
	download: z.string().nullable()
});
export type ExportOut = z.infer<typeof exportOut>;
