/** Community bookshelves: what is typed and what is answered; limits live here. */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';
import { AGE_GROUPS, checkIsbn, SUBJECTS } from './library.rules';

export const COPY_STATES = ['available', 'on_loan', 'held', 'lost', 'damaged', 'withdrawn'] as const;
/** what a keeper may set by hand (lending and returning move the others) */
export const SETTABLE_STATES = ['available', 'lost', 'damaged', 'withdrawn'] as const;
export const CATALOG_PAGE_SIZE = 20;
/** copies added at once, and labels on one sheet request */
export const MAX_COPIES_AT_ONCE = 200;
export const MAX_LABELS = 600;

/** an optional field of a query string: '' is as if absent, anything else must be right */
const optional = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), t.optional());
const SUBJECT_KEYS = Object.keys(SUBJECTS) as [keyof typeof SUBJECTS, ...(keyof typeof SUBJECTS)[]];
export const intIn = (min: number, max: number) =>
	z.union([z.number(), z.string().trim()]).transform((v, ctx) => {
		const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : NaN;
		if (!Number.isInteger(n) || n < min || n > max) {
			ctx.addIssue({ code: 'custom', message: 'errors.library.number', params: { min, max } });
			return z.NEVER;
		}
		return n;
	});

export const shelfInput = z
	.object({
		name: humanText(200),
		unitId: uuid,
		orgId: uuid.optional().nullable().or(z.literal('').transform(() => null)),
		address: optionalText(300),
		hours: optionalText(300),
		loanDays: intIn(1, 120).default(14),
		maxRenewals: intIn(0, 10).default(2),
		holdDays: intIn(1, 60).default(7)
	})
	.strict();

/**
 * A change to a shelf (PATCH): only the fields sent change — a field left out keeps its value
 * (no defaults here, unlike opening a shelf). The console's form sends them all.
 */
export const shelfUpdateInput = z
	.object({
		name: humanText(200).optional(),
		address: optionalText(300),
		hours: optionalText(300),
		loanDays: intIn(1, 120).optional(),
		maxRenewals: intIn(0, 10).optional(),
		holdDays: intIn(1, 60).optional()
	})
	.strict();

export const keeperInput = z.object({ login: z.string().trim().min(1, 'errors.field.required').max(100) }).strict();

/** An ISBN as typed: '' is none; otherwise ISBN-10 or ISBN-13 with a right check digit, kept as ISBN-13. */
export const isbnField = z
	.string()
	.trim()
	.max(30)
	.transform((s, ctx) => {
		if (s === '') return null;
		const r = checkIsbn(s);
		if (!r.ok) {
			ctx.addIssue({ code: 'custom', message: r.reason === 'check_digit' ? 'errors.library.isbn_check_digit' : 'errors.library.isbn_format' });
			return z.NEVER;
		}
		return r.isbn13;
	})
	.nullable()
	.optional();

export const titleInput = z
	.object({
		isbn: isbnField,
		title: humanText(300),
		authors: optionalText(300),
		publisher: optionalText(200),
		year: optional(intIn(1800, 2100)),
		subject: z.enum(SUBJECT_KEYS),
		ageGroup: z.enum(AGE_GROUPS),
		language: z.string().trim().regex(/^[a-z]{2}$/, 'errors.library.language').default('vi')
	})
	.strict();

export const copiesInput = z.object({ titleId: uuid, count: intIn(1, MAX_COPIES_AT_ONCE).default(1), donationId: optional(uuid) }).strict();

/** Books given to a shelf: the donor (none: anonymous), how many, and a value in đồng to write in a fund. */
export const donationInput = z
	.object({
		donorName: optionalText(200),
		donorPublic: z.union([z.boolean(), z.enum(['on', 'yes', 'true', '1', ''])]).transform((v) => v === true || v === 'on' || v === 'yes' || v === 'true' || v === '1').default(false),
		bookCount: intIn(1, 10_000),
		value: optional(intIn(1, 10_000_000_000)),
		fundId: optional(uuid),
		receivedOn: calendarDate,
		note: optionalText(500)
	})
	.strict();

/** a copy's code as typed or scanned (read by `readCopyCode` in the service) */
const codeField = z.string().trim().min(1, 'errors.field.required').max(300);

export const lendInput = z.object({ code: codeField, reader: z.string().trim().min(1, 'errors.field.required').max(100) }).strict();
export const returnInput = z.object({ code: codeField }).strict();
export const copyStateInput = z.object({ code: codeField, status: z.enum(SETTABLE_STATES), note: optionalText(300) }).strict();
export const holdInput = z.object({ titleId: uuid, shelfId: uuid, reader: optional(z.string().trim().max(100)) }).strict();
export const mergeInput = z.object({ keepId: uuid, duplicateId: uuid }).strict();
export const hideInput = z.object({ hidden: z.union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])]).transform((v) => v === true || v === 'on' || v === 'true' || v === '1') }).strict();

export const catalogQuery = z
	.object({
		q: z.string().trim().max(200).optional(),
		unit: optional(uuid),
		shelf: optional(uuid),
		age: optional(z.enum(AGE_GROUPS)),
		subject: optional(z.enum(SUBJECT_KEYS)),
		available: z
			.union([z.boolean(), z.enum(['1', 'true', 'on', '0', 'false', ''])])
			.transform((v) => v === true || v === '1' || v === 'true' || v === 'on')
			.optional(),
		page: intIn(1, 10_000).default(1)
	})
	.passthrough();

export const shelfOut = z.object({
	id: z.string(),
	name: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	communeName: z.string().nullable(),
	orgId: z.string().nullable(),
	address: z.string(),
	hours: z.string(),
	loanDays: z.number(),
	maxRenewals: z.number(),
	holdDays: z.number(),
	copies: z.number(),
	onLoan: z.number()
});
export type ShelfOut = z.infer<typeof shelfOut>;

export const titleOut = z.object({
	id: z.string(),
	isbn: z.string().nullable(),
	title: z.string(),
	authors: z.string(),
	publisher: z.string(),
	year: z.number().nullable(),
	subject: z.string(),
	ageGroup: z.string(),
	language: z.string(),
	copies: z.number(),
	available: z.number()
});
export type TitleOut = z.infer<typeof titleOut>;

export const loanOut = z.object({
	id: z.string(),
	copyCode: z.string(),
	titleId: z.string(),
	title: z.string(),
	shelfId: z.string(),
	shelfName: z.string(),
	readerName: z.string(),
	lentOn: z.string(),
	dueOn: z.string(),
	renewals: z.number(),
	returnedAt: z.string().nullable(),
	/** days past the due date while still out (0 when not overdue or returned) */
	overdueDays: z.number()
});
export type LoanOut = z.infer<typeof loanOut>;

export const holdOut = z.object({
	id: z.string(),
	titleId: z.string(),
	title: z.string(),
	shelfId: z.string(),
	shelfName: z.string(),
	readerName: z.string(),
	status: z.enum(['waiting', 'ready', 'fulfilled', 'cancelled', 'expired']),
	copyCode: z.string().nullable(),
	position: z.number().nullable(),
	/** a ready hold: the last day its copy waits for the reader */
	readyUntil: z.string().nullable(),
	/** a closed hold: when */
	closedAt: z.string().nullable(),
	createdAt: z.string()
});
export type HoldOut = z.infer<typeof holdOut>;

export const returnOut = z.object({ loan: loanOut, heldFor: z.object({ holdId: z.string(), readerName: z.string() }).nullable() });
