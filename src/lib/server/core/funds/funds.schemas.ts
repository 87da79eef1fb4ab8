/** Funds: what is typed to open a fund and to write in its book, and what is answered. Money in whole đồng. */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';

export const FUND_OWNERS = ['association_branch', 'village_branch', 'school', 'clan', 'centre'] as const;
export const DONOR_KINDS = ['person', 'household', 'clan', 'organization', 'anonymous'] as const;
export const METHODS = ['cash', 'bank_transfer', 'in_kind'] as const;
export const PURPOSES = ['scholarship', 'reward', 'expense'] as const;
export const ENTRY_KINDS = ['donation', 'disbursement', 'transfer_in', 'transfer_out', 'reversal'] as const;
/** the largest single amount (a thousand billion đồng): anything more is a typing slip */
export const MAX_AMOUNT = 1_000_000_000_000;
export const ENTRIES_PAGE_SIZE = 50;

/**
 * An amount of đồng as people type it: 1500000, "1.500.000" or "1 500 000" (dots and spaces group
 * thousands); never negative, zero or a fraction ("1.500,5", "1.5" are refused).
 */
export const dong = z.union([z.number(), z.string()]).transform((v, ctx) => {
	const s = typeof v === 'number' ? String(v) : v.trim();
	const plain = /^\d+$/.test(s) ? s : /^\d{1,3}([. ]\d{3})+$/.test(s) ? s.replace(/[. ]/g, '') : null;
	const n = plain === null ? NaN : Number(plain);
	if (!Number.isSafeInteger(n) || n <= 0 || n > MAX_AMOUNT) {
		ctx.addIssue({ code: 'custom', message: 'errors.funds.amount' });
		return z.NEVER;
	}
	return n;
});

const yes = z.union([z.boolean(), z.enum(['on', 'yes', 'true', '1', ''])]).transform((v) => v === true || v === 'on' || v === 'yes' || v === 'true' || v === '1');

export const fundCreate = z
	.object({
		name: humanText(200),
		ownerKind: z.enum(FUND_OWNERS),
		/** the commune or village; a school's or a centre's fund takes the organisation's own */
		unitId: uuid.optional().or(z.literal('').transform(() => undefined)),
		orgId: uuid.optional().nullable().or(z.literal('').transform(() => null)),
		description: optionalText(2000)
	})
	.strict();

export const donationInput = z
	.object({
		amount: dong,
		method: z.enum(METHODS),
		/** what was given in kind, and how it was valued */
		item: optionalText(500),
		/** a donor already known to the fund, or a pledge this donation (partly) fulfils … */
		donorId: uuid.optional().or(z.literal('').transform(() => undefined)),
		pledgeId: uuid.optional().or(z.literal('').transform(() => undefined)),
		/** … or a new donor, named here (or anonymous) */
		donorKind: z.enum(DONOR_KINDS).optional().or(z.literal('').transform(() => undefined)),
		donorName: optionalText(200),
		donorPhone: optionalText(20),
		donorAddress: optionalText(300),
		/** the donor agrees to be named on public pages */
		donorPublic: yes.default(false),
		receivedOn: calendarDate,
		note: optionalText(1000)
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.method === 'in_kind' && !v.item) ctx.addIssue({ code: 'custom', path: ['item'], message: 'errors.funds.item' });
		if (v.donorId || v.pledgeId) return;
		if (!v.donorKind) ctx.addIssue({ code: 'custom', path: ['donorKind'], message: 'errors.field.required' });
		else if (v.donorKind !== 'anonymous' && !v.donorName) ctx.addIssue({ code: 'custom', path: ['donorName'], message: 'errors.field.required' });
	});

/** Money moved from one fund to another (both books get an entry). */
export const transferInput = z
	.object({
		toFundId: uuid,
		amount: dong,
		movedOn: calendarDate,
		note: humanText(500, 3)
	})
	.strict();

/** A donor's details corrected, or their choice to be named in public changed. */
export const donorUpdate = z
	.object({
		name: humanText(200).optional(),
		phone: optionalText(20),
		address: optionalText(300),
		public: yes.optional()
	})
	.strict();

export const pledgeInput = z
	.object({
		donorId: uuid.optional().or(z.literal('').transform(() => undefined)),
		donorKind: z.enum(DONOR_KINDS).exclude(['anonymous']).optional().or(z.literal('').transform(() => undefined)),
		donorName: optionalText(200),
		donorPhone: optionalText(20),
		donorPublic: yes.default(false),
		amount: dong,
		dueOn: calendarDate.optional().or(z.literal('').transform(() => undefined)),
		note: optionalText(1000)
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.donorId) return;
		if (!v.donorKind) ctx.addIssue({ code: 'custom', path: ['donorKind'], message: 'errors.field.required' });
		if (!v.donorName) ctx.addIssue({ code: 'custom', path: ['donorName'], message: 'errors.field.required' });
	});

export const disbursementInput = z
	.object({
		amount: dong,
		purpose: z.enum(PURPOSES),
		payeeName: humanText(200),
		paidOn: calendarDate,
		note: optionalText(1000)
	})
	.strict();

export const reversalInput = z.object({ reason: humanText(500, 3) }).strict();

export const fundListQuery = z.object({ unit: uuid.optional().or(z.literal('').transform(() => undefined)) });
export const entriesQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

export const fundOut = z.object({
	id: z.string(),
	name: z.string(),
	ownerKind: z.enum(FUND_OWNERS),
	unitId: z.string(),
	unitName: z.string(),
	orgId: z.string().nullable(),
	description: z.string(),
	/** đồng, derived from the book */
	balance: z.number().int(),
	entries: z.number().int(),
	/** the hash of the book's latest entry (what a published copy of the book can be checked against) */
	lastHash: z.string(),
	createdAt: z.string()
});
export type FundOut = z.output<typeof fundOut>;

export const entryOut = z.object({
	id: z.string(),
	seq: z.number().int(),
	kind: z.enum(ENTRY_KINDS),
	/** đồng: positive in, negative out */
	amount: z.number().int(),
	method: z.enum(METHODS).nullable(),
	item: z.string().nullable(),
	partyKind: z.string().nullable(),
	partyName: z.string().nullable(),
	partyPublic: z.boolean(),
	purpose: z.enum(PURPOSES).nullable(),
	reversesEntryId: z.string().nullable(),
	reversedBy: z.string().nullable(),
	occurredOn: z.string(),
	note: z.string().nullable(),
	createdAt: z.string(),
	hash: z.string(),
	donorId: z.string().nullable(),
	pledgeId: z.string().nullable(),
	/** the donation's receipt: "0042/2026" and the code its QR link carries */
	receipt: z.object({ number: z.string(), code: z.string(), verifyUrl: z.string() }).nullable(),
	/** the other fund of a transfer */
	counterpartFundId: z.string().nullable(),
	counterpartFundName: z.string().nullable()
});
export type EntryOut = z.output<typeof entryOut>;

export const donorOut = z.object({
	id: z.string(),
	kind: z.enum(DONOR_KINDS),
	name: z.string(),
	phone: z.string().nullable(),
	address: z.string().nullable(),
	public: z.boolean(),
	erased: z.boolean(),
	/** đồng given, net of corrections */
	given: z.number().int(),
	donations: z.number().int(),
	pledged: z.number().int()
});
export type DonorOut = z.output<typeof donorOut>;

export const PLEDGE_STATUSES = ['open', 'fulfilled', 'cancelled'] as const;
export const pledgeOut = z.object({
	id: z.string(),
	donorId: z.string(),
	donorName: z.string(),
	amount: z.number().int(),
	fulfilled: z.number().int(),
	dueOn: z.string().nullable(),
	note: z.string().nullable(),
	status: z.enum(PLEDGE_STATUSES),
	createdAt: z.string()
});
export type PledgeOut = z.output<typeof pledgeOut>;

/** What anyone holding a receipt can check (public): the donor by name only if they agreed. */
export const receiptVerification = z.object({
	valid: z.boolean(),
	number: z.string(),
	code: z.string(),
	fundId: z.string(),
	fundName: z.string(),
	unitName: z.string(),
	amount: z.number().int(),
	method: z.enum(METHODS).nullable(),
	item: z.string().nullable(),
	receivedOn: z.string(),
	/** the donor's name when they agreed to be named, their initials otherwise, null if anonymous */
	donor: z.string().nullable(),
	seq: z.number().int(),
	hash: z.string(),
	voidedOn: z.string().nullable()
});
export type ReceiptVerification = z.output<typeof receiptVerification>;

/** A public page's year (a commune's funds, a fund's spreadsheet): empty means this year, or all. */
export const publicYearQuery = z.object({
	year: z
		.union([z.number(), z.string()])
		.transform((v, ctx) => {
			const t = String(v).trim();
			if (t === '') return undefined;
			const n = /^\d{4}$/.test(t) ? Number(t) : NaN;
			if (!(n >= 2000 && n <= 2100)) {
				ctx.addIssue({ code: 'custom', message: 'errors.funds.year' });
				return z.NEVER;
			}
			return n;
		})
		.optional(),
	format: z.enum(['csv', 'xlsx', 'pdf']).optional()
});
