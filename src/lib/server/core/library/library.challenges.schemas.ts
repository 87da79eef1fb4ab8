/** Reading challenges: what is typed and what is answered; limits live here. */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';
import { intIn } from './library.schemas';

/** The Book and Reading Culture Day (21 April), the Lifelong Learning Week, or another occasion. */
export const OCCASIONS = ['book_day', 'week', 'other'] as const;
export type Occasion = (typeof OCCASIONS)[number];
/** the longest a challenge may run, in days, and the largest goal */
export const MAX_CHALLENGE_DAYS = 366;
export const MAX_GOAL_BOOKS = 200;
/** participants listed at once on the organiser's page */
export const ENTRIES_PAGE = 500;

const challengeFields = {
	title: humanText(200),
	occasion: z.enum(OCCASIONS, { message: 'errors.library.challenge_occasion' }),
	description: optionalText(2000),
	startsOn: calendarDate,
	endsOn: calendarDate,
	goalBooks: intIn(1, MAX_GOAL_BOOKS)
};

export const challengeInput = z
	.object({
		...challengeFields,
		/** a commune or the city: whose shelves count */
		unitId: uuid,
		/** a centre, school or association branch there, whose issuance book numbers the certificates */
		orgId: uuid
	})
	.strict();

export const challengePatch = z.object(challengeFields).partial().strict();

export const challengeQuery = z.object({
	unit: z.preprocess((v) => (v === '' ? undefined : v), uuid.optional()),
	when: z.enum(['current', 'past']).default('current')
});

export const challengeOut = z.object({
	id: z.string(),
	title: z.string(),
	occasion: z.enum(OCCASIONS),
	description: z.string(),
	unitId: z.string(),
	unitName: z.string(),
	orgId: z.string(),
	orgName: z.string(),
	startsOn: z.string(),
	endsOn: z.string(),
	goalBooks: z.number(),
	status: z.enum(['open', 'cancelled']),
	/** 'upcoming', 'running' or 'over', as of today */
	phase: z.enum(['upcoming', 'running', 'over']),
	participants: z.number(),
	reached: z.number()
});
export type ChallengeOut = z.infer<typeof challengeOut>;

export const progressOut = z.object({
	joinedAt: z.string(),
	/** distinct titles borrowed and brought back in the challenge's dates, on its shelves */
	books: z.number(),
	/** borrowed in the dates and not back yet: they count once returned */
	onLoan: z.number(),
	goalBooks: z.number(),
	reachedAt: z.string().nullable(),
	certificateCode: z.string().nullable()
});
export type ProgressOut = z.infer<typeof progressOut>;
