/** Events: what is typed to create one, to register, to check in at the door, and what is answered. */
import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';

export const EVENT_KINDS = ['opening', 'talk', 'book_fair', 'contest', 'exhibition', 'open_class', 'other'] as const;
export const MAX_CAPACITY = 100_000;

/** A local date and time in Việt Nam as a form sends it (YYYY-MM-DDTHH:MM), or a full ISO instant. */
export const vnDateTime = z
	.string()
	.trim()
	.transform((s, ctx) => {
		const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) ? `${s}:00+07:00` : s;
		const d = new Date(local);
		if (!/^\d{4}-\d{2}-\d{2}T/.test(s) || Number.isNaN(d.getTime())) {
			ctx.addIssue({ code: 'custom', message: 'errors.field.datetime' });
			return z.NEVER;
		}
		return d.toISOString();
	});

const capacity = z.coerce.number({ message: 'errors.events.capacity' }).int('errors.events.capacity').min(1, 'errors.events.capacity').max(MAX_CAPACITY, 'errors.events.capacity');
const optionalId = uuid.optional().nullable().or(z.literal('').transform(() => null));

export const eventCreate = z
	.object({
		title: humanText(200),
		kind: z.enum(EVENT_KINDS),
		description: optionalText(4000),
		venue: humanText(200),
		address: optionalText(300),
		startsAt: vnDateTime,
		endsAt: vnDateTime,
		capacity,
		/** the commune or village where it happens; an organisation's event takes the organisation's */
		unitId: optionalId,
		orgId: optionalId,
		campaignId: optionalId
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'errors.events.ends_before' });
		if (!v.unitId && !v.orgId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'errors.field.required' });
	});

/** Registering: a signed-in resident sends nothing (their name comes from the record); an officer may add someone by name. */
export const registerInput = z
	.object({
		name: optionalText(200),
		phone: optionalPhone,
		email: optionalEmail
	})
	.strict();

/** At the door: a ticket's code (typed, or the QR code's address). */
export const checkInInput = z.object({ code: z.string().trim().min(1, 'errors.field.required').max(300) }).strict();

/** At the door: someone without a ticket, by name and (optionally) phone; the scanner's key makes a retry harmless. */
export const walkInInput = z
	.object({
		eventId: uuid,
		name: humanText(200),
		phone: optionalPhone,
		clientKey: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, 'errors.field.id').optional().or(z.literal('').transform(() => undefined))
	})
	.strict();

export const eventListQuery = z
	.object({
		unit: uuid.optional().or(z.literal('').transform(() => undefined)),
		campaign: uuid.optional().or(z.literal('').transform(() => undefined)),
		upcoming: z.enum(['1', '0', '']).optional()
	})
	.strip();

export const eventOut = z.object({
	id: z.string(),
	title: z.string(),
	kind: z.enum(EVENT_KINDS),
	description: z.string(),
	venue: z.string(),
	address: z.string(),
	startsAt: z.string(),
	endsAt: z.string(),
	capacity: z.number().int(),
	taken: z.number().int(),
	waiting: z.number().int(),
	checkedIn: z.number().int(),
	unitId: z.string(),
	unitName: z.string(),
	orgId: z.string().nullable(),
	orgName: z.string().nullable(),
	campaignId: z.string().nullable(),
	status: z.string(),
	can: z.object({ manage: z.boolean(), checkIn: z.boolean() })
});
export type EventOut = z.infer<typeof eventOut>;

export const ticketOut = z.object({
	registrationId: z.string(),
	eventId: z.string(),
	eventTitle: z.string(),
	venue: z.string(),
	address: z.string(),
	startsAt: z.string(),
	endsAt: z.string(),
	name: z.string(),
	status: z.enum(['registered', 'waiting', 'cancelled']),
	code: z.string(),
	/** the code as printed (two groups of five) */
	shownCode: z.string(),
	/** the address the QR code holds (ASCII) */
	url: z.string(),
	checkedInAt: z.string().nullable()
});
export type TicketOut = z.infer<typeof ticketOut>;

export const checkInOut = z.object({
	/** checked_in: now; already: this ticket was checked in before (at `checkedInAt`); waiting: on the waiting list, not admitted */
	result: z.enum(['checked_in', 'already', 'waiting']),
	checkedInAt: z.string().nullable(),
	name: z.string(),
	eventId: z.string(),
	registrationId: z.string()
});
export type CheckInOut = z.infer<typeof checkInOut>;
