import { humanText } from '../../platform/validation';
import { z } from 'zod';
import { cleanText } from '../../platform/text';
import { calendarDate, dateOrYear, optionalEmail, optionalPhone, uuid } from '../../platform/fields';

export const GENDERS = ['female', 'male', 'other'] as const;
export const BIRTH_PRECISIONS = ['day', 'year'] as const;
export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'grandparent', 'sibling', 'other'] as const;
export const PEOPLE_PAGE_SIZE = 50;

const fullName = humanText(120);
const birthDate = calendarDate.refine((d) => d >= '1900-01-01', 'errors.people.birth_date');
/** A birth date or the year alone (1955), as { date, precision }; from 1900 (not in the future: the service knows today). */
const birthDateOrYear = dateOrYear
	.refine((d) => d.date >= '1900-01-01', 'errors.people.birth_date')
	.describe('A date (YYYY-MM-DD or dd/mm/yyyy), or the year alone (YYYY) when only the year is known');
const phone = optionalPhone;
const email = optionalEmail;
const optionalId = uuid.optional().or(z.literal('').transform(() => undefined)).or(z.null().transform(() => undefined));

export const residentCreate = z
	.object({
		fullName,
		birthDate: birthDateOrYear,
		gender: z.enum(GENDERS),
		villageId: uuid,
		householdId: optionalId,
		relationToHead: z.enum(RELATIONS).optional().or(z.literal('').transform(() => undefined)),
		phone,
		email
	})
	.strict();
export type ResidentCreate = z.output<typeof residentCreate>;

export const residentUpdate = z
	.object({
		fullName: fullName.optional(),
		birthDate: birthDateOrYear.optional(),
		gender: z.enum(GENDERS).optional(),
		villageId: uuid.optional(),
		phone,
		email
	})
	.strict();

export const peopleListQuery = z.object({
	q: z.string().trim().max(100).optional(),
	unit: uuid.optional().or(z.literal('').transform(() => undefined)),
	page: z.coerce.number().int().min(1).max(100_000).default(1)
});

export const householdMove = z.object({ villageId: uuid }).strict();

export const residentOut = z.object({
	id: z.string(),
	fullName: z.string(),
	birthDate: z.string(),
	/** 'year': only the year of birthDate is known (stored YYYY-01-01, shown as the year) */
	birthPrecision: z.enum(BIRTH_PRECISIONS),
	gender: z.enum(GENDERS),
	villageId: z.string(),
	villageName: z.string(),
	householdId: z.string().nullable(),
	relationToHead: z.string().nullable(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	linkedAccount: z.boolean()
});
export type ResidentOut = z.output<typeof residentOut>;

/** Purposes a resident can consent to; more will come with the modules that need them. */
export const CONSENT_PURPOSES = ['honour_board', 'announcements_sms', 'announcements_email', 'photo_publication'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_METHODS = ['paper', 'online', 'in_person', 'phone'] as const;

export const consentRecord = z
	.object({
		purpose: z.enum(CONSENT_PURPOSES),
		givenBy: z.enum(['self', 'guardian']),
		method: z.enum(CONSENT_METHODS),
		guardianName: z.string().trim().max(120).transform(cleanText).optional().or(z.literal('').transform(() => undefined))
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.givenBy === 'guardian' && !v.guardianName) ctx.addIssue({ code: 'custom', path: ['guardianName'], message: 'errors.field.required' });
	});

export const importCheckInput = z.object({
	unitId: uuid,
	fileName: z
		.string()
		.trim()
		.min(1)
		.max(200)
		.refine((n) => /\.(csv|xlsx)$/i.test(n), 'errors.import.file_type')
});

/** A resident's own sign-up: who they are, where they live, how to reach them, a password. */
export const signupInput = z
	.object({
		fullName,
		birthDate,
		gender: z.enum(GENDERS),
		villageId: uuid,
		phone,
		email,
		password: z.string().max(200)
	})
	.strict()
	.superRefine((v, ctx) => {
		if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'errors.signup.contact' });
	});

export const signupQueueQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
export const signupLink = z.object({ residentId: uuid }).strict();
export const signupRefusal = z.object({ reason: z.string().trim().min(3).max(500).transform(cleanText) }).strict();

/** What a signed-in resident may correct in their own record (a move of village goes through an officer). */
export const ownRecordCorrection = z
	.object({
		fullName: fullName.optional(),
		birthDate: birthDateOrYear.optional(),
		gender: z.enum(GENDERS).optional(),
		phone,
		email
	})
	.strict();

export const residentMerge = z.object({ keepId: uuid, dropId: uuid }).strict().refine((v) => v.keepId !== v.dropId, { message: 'errors.people.merge_same', path: ['dropId'] });
