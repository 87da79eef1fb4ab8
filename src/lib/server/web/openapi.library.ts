/** The community bookshelves' operations in the OpenAPI document (issue 15), from the schemas that validate them. */
import { z } from 'zod';
import { catalogQuery as libraryCatalogQuery, donationInput as libraryDonationInput, mergeInput as libraryMergeInput, copiesInput, copyStateInput, holdInput, holdOut, keeperInput, lendInput, loanOut, returnOut, shelfInput, shelfOut, shelfUpdateInput, titleInput, titleOut } from '../core/library/library.schemas';
import { challengeInput, challengeOut, challengePatch, challengeQuery, progressOut } from '../core/library/library.challenges.schemas';
import { binary, page, type Op } from './openapi.shared';

const entryOut = z.object({ name: z.string(), login: z.string(), joinedAt: z.string(), books: z.number(), onLoan: z.number(), reachedAt: z.string().nullable(), certificateCode: z.string().nullable() });

export const LIBRARY_OPS: Record<string, Record<string, Op>> = {
	'/library/titles': {
		get: { summary: 'Public: the bookshelves’ catalog — q= searches title, authors and subject with or without accents; unit= a commune or village, shelf=, age=, subject=, available=1 for copies in now', tag: 'library', auth: 'public', query: libraryCatalogQuery, response: page(titleOut) },
		post: { summary: 'Add a title (a keeper or library.manage): ISBN-10 or ISBN-13 with its check digit, kept as ISBN-13; the same book already there answers 200 with merged: true', tag: 'library', auth: 'session', body: titleInput, status: 201, response: titleOut.extend({ merged: z.boolean() }) }
	},
	'/library/titles/merge': { post: { summary: 'Merge a duplicate title into the one kept (a keeper or library.manage): its copies, loans and holds move over, a reader holding both keeps the older hold; the duplicate points at the one kept', tag: 'library', auth: 'session', body: libraryMergeInput, response: titleOut } },
	'/library/titles/{id}': { get: { summary: 'Public: a title and each shelf its copies are on, with how many are in', tag: 'library', auth: 'public', path: ['id'] } },
	'/library/shelves': {
		get: { summary: 'The shelves the caller manages in scope or keeps', tag: 'library', auth: 'session', response: z.object({ items: z.array(shelfOut), canCreate: z.boolean() }) },
		post: { summary: 'Open a shelf in a commune or village (library.manage there)', tag: 'library', auth: 'staff', body: shelfInput, status: 201, response: shelfOut }
	},
	'/library/shelves/{id}': {
		get: { summary: 'A shelf the caller keeps or manages, with its keepers (out of scope: 404)', tag: 'library', auth: 'session', path: ['id'] },
		patch: { summary: 'Change a shelf’s name, address, hours, loan period, renewals or hold days (how long a copy set aside waits for its reader); fields left out keep their value', tag: 'library', auth: 'staff', path: ['id'], body: shelfUpdateInput, response: shelfOut }
	},
	'/library/shelves/{id}/copies': {
		get: { summary: 'The copies on a shelf, newest first', tag: 'library', auth: 'session', path: ['id'] },
		post: { summary: 'Put copies of a title on the shelf, each with a new short code for its QR label', tag: 'library', auth: 'session', path: ['id'], body: copiesInput, status: 201, response: z.object({ items: z.array(z.object({ id: z.string(), code: z.string() })) }) }
	},
	'/library/shelves/{id}/title-imports': { post: { summary: 'A shelf’s book list from .xlsx/.csv (ISBN, Tên sách, Tác giả, Nhà xuất bản, Năm xuất bản, Chủ đề, Lứa tuổi, Số bản): checked, or with commit=true written all rows or none, books already in the catalog merged (201; 422 with the refused rows, each with its line and column)', tag: 'library', auth: 'session', path: ['id'], form: z.object({ file: binary, commit: z.enum(['true', 'false']).optional() }) } },
	'/library/shelves/{id}/donations': {
		get: { summary: 'The shelf’s book donations, newest first, with the titles they became', tag: 'library', auth: 'session', path: ['id'] },
		post: { summary: 'Books given to the shelf: the donor (named in public only with consent) or anonymous, how many; with a value and a fund, an in-kind donation in the fund’s book (funds.manage there)', tag: 'library', auth: 'session', path: ['id'], body: libraryDonationInput, status: 201 }
	},
	'/library/shelves/{id}/keepers': { post: { summary: 'Name a keeper of the shelf by login (library.manage over it)', tag: 'library', auth: 'staff', path: ['id'], body: keeperInput, status: 201 } },
	'/library/shelves/{id}/keepers/{accountId}': { delete: { summary: 'Take a keeper off the shelf (library.manage over it; the last keeper too — the officers managing it can still lend there); not a keeper of this shelf: 404', tag: 'library', auth: 'staff', path: ['id', 'accountId'], status: 204 } },
	'/library/copies/{code}': {
		get: { summary: 'Public: a copy by its code (what its QR label opens): the title, the shelf, whether it is in', tag: 'library', auth: 'public', path: ['code'] },
		patch: { summary: 'Mark the copy lost, damaged or withdrawn, or available again (then it goes to the first reader waiting)', tag: 'library', auth: 'session', path: ['code'], body: copyStateInput.omit({ code: true }) }
	},
	'/library/figures': { get: { summary: 'Loans in a year on the shelves in the caller’s scope (?year=, ?unit=): by shelf, month, subject and reader age group; the most borrowed titles; copies never lent; ?format=xlsx for the workbook', tag: 'library', auth: 'staff', query: z.object({ year: z.string().optional(), unit: z.string().optional(), format: z.enum(['json', 'xlsx']).optional() }) } },
	'/library/loans': { post: { summary: 'Lend a copy by its code to a reader (login); 409 when it is out already — one copy is never lent twice, even at once', tag: 'library', auth: 'session', body: lendInput, status: 201, response: loanOut } },
	'/library/loans/{id}/return': { post: { summary: 'Take the loan’s copy back; it is held for the first reader waiting, who is emailed; 409 when not on loan (nothing changes)', tag: 'library', auth: 'session', path: ['id'], response: returnOut } },
	'/library/loans/{id}/renew': { post: { summary: 'Renew a loan (its reader or the shelf’s keeper); 409 past the shelf’s limit or when a reader waits', tag: 'library', auth: 'session', path: ['id'], response: loanOut } },
	'/library/holds': { post: { summary: 'Hold a title at a shelf (the caller’s own, or a keeper’s for a reader): a copy in is set aside at once, else a place in the queue', tag: 'library', auth: 'session', body: holdInput, status: 201, response: holdOut } },
	'/library/holds/{id}': { delete: { summary: 'Cancel a hold; a copy set aside for it goes to the next reader', tag: 'library', auth: 'session', path: ['id'], status: 204 } },
	'/library/challenges': {
		get: { summary: 'Public: open reading challenges not over (when=past: over), optionally those concerning a place (unit=: set there or above it)', tag: 'library', auth: 'public', query: challengeQuery, response: z.object({ items: z.array(challengeOut) }) },
		post: { summary: 'Set a reading challenge for 21 April, the Week or another occasion in a commune or the city (library.manage there): a goal in books between two dates, organised by a centre, school or association branch there, whose book numbers the certificates', tag: 'library', auth: 'staff', body: challengeInput, status: 201, response: challengeOut }
	},
	'/library/challenges/{id}': {
		get: { summary: 'Public: a reading challenge; for a signed-in reader, their progress (books brought back in the dates on its shelves, a title once) and certificate', tag: 'library', auth: 'public', path: ['id'], response: challengeOut.extend({ mine: progressOut.nullable(), can: z.object({ join: z.boolean(), leave: z.boolean(), manage: z.boolean() }) }) },
		patch: { summary: 'Change a challenge’s words, dates or goal; 409 for the dates or goal once a reader has reached it', tag: 'library', auth: 'staff', path: ['id'], body: challengePatch, response: challengeOut }
	},
	'/library/challenges/{id}/cancellation': { post: { summary: 'Cancel a challenge: no one joins any more; certificates already issued stay valid', tag: 'library', auth: 'staff', path: ['id'], response: challengeOut } },
	'/library/challenges/{id}/entries': {
		get: { summary: 'The challenge’s participants and their progress (its organisers; another commune’s: 404)', tag: 'library', auth: 'staff', path: ['id'], response: z.object({ challenge: challengeOut, items: z.array(entryOut), truncated: z.boolean() }) },
		post: { summary: 'The caller joins (once; again answers the same). When the goal is met a certificate is issued in the background and the reader emailed', tag: 'library', auth: 'session', path: ['id'], status: 201, response: progressOut },
		delete: { summary: 'The caller leaves a challenge not reached (409 once reached)', tag: 'library', auth: 'session', path: ['id'], status: 204 }
	},
	'/me/reading-challenges': { get: { summary: 'The signed-in reader’s reading challenges with their progress and certificates', tag: 'library', auth: 'session', response: z.object({ items: z.array(challengeOut.extend({ mine: progressOut })) }) } }
};
