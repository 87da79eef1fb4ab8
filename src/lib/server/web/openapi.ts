/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, so
 * the contract cannot drift from the code.
 */
import { z } from 'zod';
import { accountCreate, grantCreate, meOut, passwordReset, passwordResetRequest, sessionOut, signInInput, tokenCreate } from '../core/accounts/accounts.schemas';
import { auditQuery } from '../core/audit/audit.schemas';
import { exportOut, exportRequest } from '../core/exports/exports.schemas';
import { disbursementInput, donationInput, donorOut, donorUpdate, entriesQuery, entryOut, fundCreate, fundListQuery, fundOut, pledgeInput, pledgeOut, publicYearQuery, receiptVerification, reversalInput, transferInput } from '../core/funds/funds.schemas';
import { approvalInput, criteriaSetCreate, criteriaSetOut, nominationCreate, payoutInput, receiptListQuery, reviewerAdd, reviewInput, roundCreate, roundListQuery, roundOut } from '../core/funds/scholarships.schemas';
import { consentInput, honourBoardQuery, honourEntryOut, nominationInput, nominationListQuery, nominationOut, nominationReview, payoutInput as rewardPayoutInput, proposalDecision, proposalInput, proposalListQuery, proposalOut, regulationInput, regulationOut, awardListQuery, withdrawalInput } from '../core/awards/awards.schemas';
import { newsCreate, newsListOut, newsListQuery, newsOut, newsUpdate, previewInput } from '../core/news/news.schemas';
import { consentRecord, ownRecordCorrection, peopleListQuery, residentCreate, residentMerge, residentOut, residentUpdate, signupInput, signupLink, signupQueueQuery, signupRefusal } from '../core/people/people.schemas';
import { catalogQuery, completionInput, statisticsQuery, classCreate, courseCreate, courseUpdate, enrolInput, lessonCreate, lessonMove, lessonUpdate, quizSubmission, surveyAnswer, surveyCreate } from '../core/learning/learning.schemas';
import { checkInInput, checkInOut, eventCreate, eventListQuery, eventOut, registerInput, ticketOut, walkInInput } from '../core/events/events.schemas';
import { assignmentOut, assignmentReport, campaignCreate, campaignListQuery, campaignOut, directiveCreate, directiveOut } from '../core/campaigns/campaigns.schemas';
import { attemptOut, contestCreate, contestOut, rankingOut, submission } from '../core/contests/contests.schemas';
import { catalogQuery as libraryCatalogQuery, donationInput as libraryDonationInput, mergeInput as libraryMergeInput, copiesInput, copyStateInput, holdInput, holdOut, keeperInput, lendInput, loanOut, returnOut, shelfInput, shelfOut, shelfUpdateInput, titleInput, titleOut } from '../core/library/library.schemas';
import { orgCreate, orgListQuery, orgOut, orgUpdate, treeQuery, unitCreate, unitDetailOut, unitOut, unitUpdate } from '../core/places/places.schemas';
import { answerInput, assessmentInput, assessmentOutSchema, bulkRegistrationInput, cycleInput, cycleOutSchema, cycleQuery, decisionInput, figuresQuery, objectionInput, postingInput, registrationInput, registrationOutSchema, reviewInput as titleReviewInput } from '../core/titles/titles.schemas';
import { criteriaSetInput, criteriaSetOutSchema } from '../core/criteria/criteria.schemas';
import { activityInput, activityOutSchema, activityQuery, awardInput as emulationAwardInput, rankingRowSchema, reviewInput as emulationReviewInput, roundInput as emulationRoundInput, roundOutSchema as emulationRoundOut, roundQuery as emulationRoundQuery, scoreOutSchema as emulationScoreOut, selfScoreInput } from '../core/emulation/emulation.schemas';

type Schema = z.ZodType;

const toJson = (s: Schema, io: 'input' | 'output') => {
	const j = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
	delete j.$schema;
	return j;
};

interface Op {
	summary: string;
	tag: string;
	auth: 'public' | 'session' | 'staff';
	query?: Schema;
	path?: string[];
	body?: Schema;
	/** a multipart/form-data body (files as `binary`) */
	form?: Schema;
	response?: Schema;
	status?: number;
	responseType?: string;
}

const problem = {
	type: 'object',
	properties: {
		type: { type: 'string' },
		title: { type: 'string', description: 'message in the caller’s language (vi by default; ?lang=en)' },
		status: { type: 'integer' },
		code: { type: 'string', enum: ['invalid', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'rate_limited', 'payload_too_large', 'internal'] },
		errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'one message per invalid field' }
	},
	required: ['type', 'title', 'status', 'code', 'errors']
};

/** A file part of a multipart body. */
const binary = z.string().meta({ format: 'binary' });

const page = (item: Schema) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const OPS: Record<string, Record<string, Op>> = {
	'/openapi.json': { get: { summary: 'This document', tag: 'platform', auth: 'public' } },
	'/health': { get: { summary: 'Liveness and database kind', tag: 'platform', auth: 'public', response: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) } },
	'/session': {
		post: { summary: 'Sign in; sets the session cookie', tag: 'accounts', auth: 'public', body: signInInput, status: 201, response: z.object({ account: z.object({ id: z.string(), login: z.string(), displayName: z.string() }), expiresAt: z.string() }) },
		delete: { summary: 'Sign out of this session', tag: 'accounts', auth: 'session', status: 204 }
	},
	'/me': { get: { summary: 'The signed-in account and its roles', tag: 'accounts', auth: 'session', response: meOut } },
	'/tokens': {
		get: { summary: 'My personal access tokens (never the secret)', tag: 'accounts', auth: 'session', response: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), expiresAt: z.string().nullable(), revokedAt: z.string().nullable() })) }) },
		post: { summary: 'Create a personal access token; the secret is in this answer only', tag: 'accounts', auth: 'session', body: tokenCreate, status: 201, response: z.object({ id: z.string(), name: z.string(), token: z.string(), prefix: z.string(), expiresAt: z.string().nullable() }) }
	},
	'/tokens/{id}': { delete: { summary: 'Revoke a token (effective at once)', tag: 'accounts', auth: 'session', path: ['id'], status: 204 } },
	'/units': {
		get: { summary: 'The administrative tree as of a date (default today)', tag: 'places', auth: 'public', query: treeQuery, response: z.object({ asOf: z.string(), units: z.array(unitOut) }) },
		post: { summary: 'Add a unit under a parent (units.manage over the parent)', tag: 'places', auth: 'staff', body: unitCreate, status: 201, response: unitOut }
	},
	'/units/{id}': {
		get: { summary: 'A unit with ancestors, children, parents over time and lineage', tag: 'places', auth: 'public', path: ['id'], query: treeQuery, response: unitDetailOut },
		patch: { summary: 'Change a unit (units.manage)', tag: 'places', auth: 'staff', path: ['id'], body: unitUpdate, response: unitOut }
	},
	'/organizations': {
		get: { summary: 'Organisations in force today, under a unit, of a kind, by name', tag: 'places', auth: 'public', query: orgListQuery, response: page(orgOut) },
		post: { summary: 'Add an organisation (organizations.manage over its unit)', tag: 'places', auth: 'staff', body: orgCreate, status: 201, response: orgOut }
	},
	'/organizations/{id}': {
		get: { summary: 'An organisation', tag: 'places', auth: 'public', path: ['id'], response: orgOut },
		patch: { summary: 'Change an organisation (organizations.manage; out of scope is 404)', tag: 'places', auth: 'staff', path: ['id'], body: orgUpdate, response: orgOut }
	},
	'/news': {
		get: { summary: 'Published news, announcements and stories; q= searches with or without accents', tag: 'news', auth: 'public', query: newsListQuery.omit({ status: true }), response: newsListOut },
		post: { summary: 'Write an item (news.manage over its scope; none = whole platform, global grants only)', tag: 'news', auth: 'staff', body: newsCreate, status: 201, response: newsOut }
	},
	'/news/{id}': {
		get: { summary: 'A published item; drafts only to those who manage them', tag: 'news', auth: 'public', path: ['id'], response: newsOut },
		patch: { summary: 'Edit; publishing and archiving are a change of status', tag: 'news', auth: 'staff', path: ['id'], body: newsUpdate, response: newsOut }
	},	'/news/preview': { post: { summary: 'Markdown rendered as publishing will render it (the editors’ preview)', tag: 'news', auth: 'staff', body: previewInput, response: z.object({ html: z.string() }) } },
	'/news/{id}/cover': {
		put: { summary: 'Set the cover picture: JPEG, PNG or WebP up to 5 MB, stored as WebP in two widths, with its alternative text', tag: 'news', auth: 'staff', path: ['id'], form: z.object({ file: binary, alt: z.string().max(200).optional() }), response: newsOut },
		delete: { summary: 'Remove the cover picture', tag: 'news', auth: 'staff', path: ['id'], response: newsOut }
	},

	'/people': {
		get: { summary: 'Residents within the caller’s scope; q= matches names with or without accents', tag: 'people', auth: 'staff', query: peopleListQuery, response: page(residentOut) },
		post: { summary: 'Add a resident (people.manage over the village); a new household unless householdId is given', tag: 'people', auth: 'staff', body: residentCreate, status: 201, response: residentOut }
	},
	'/people/{id}': {
		get: { summary: 'A resident (out of scope: 404)', tag: 'people', auth: 'staff', path: ['id'], response: residentOut },
		patch: { summary: 'Correct a resident’s record (audited with before and after)', tag: 'people', auth: 'staff', path: ['id'], body: residentUpdate, response: residentOut }
	},
	'/people/statistics': { get: { summary: 'Counts in scope by gender and age group (erased records still count)', tag: 'people', auth: 'staff', query: peopleListQuery.pick({ unit: true }) } },
	'/people/{id}/export': { get: { summary: 'Everything held about the resident, as JSON (audited)', tag: 'people', auth: 'staff', path: ['id'] } },
	'/people/{id}/erasure': { post: { summary: 'Erase on request: anonymise, keep counts true (audited)', tag: 'people', auth: 'staff', path: ['id'], status: 204 } },
	'/people/{id}/consents': {
		get: { summary: 'Consent per purpose (a child of 7–15 needs both the child and a guardian)', tag: 'people', auth: 'staff', path: ['id'] },
		post: { summary: 'Record one party’s consent to a purpose', tag: 'people', auth: 'staff', path: ['id'], body: consentRecord, status: 201 }
	},
	'/consents/{id}': { delete: { summary: 'Withdraw a consent (kept on record, stamped)', tag: 'people', auth: 'staff', path: ['id'] } },
	'/households/{id}': { get: { summary: 'A household and its members', tag: 'people', auth: 'staff', path: ['id'] } },
	'/clans/{id}': { get: { summary: 'A clan: members in the reader’s scope by name, the rest counted', tag: 'people', auth: 'staff', path: ['id'] } },
	'/people/merge': { post: { summary: 'Merge a duplicate record into the one kept (both in scope; audited)', tag: 'people', auth: 'staff', body: residentMerge, response: residentOut } },
	'/people/duplicates': { get: { summary: 'Possible duplicates in scope: same name and birth date', tag: 'people', auth: 'staff' } },
	'/people/{id}/reset-link': { post: { summary: 'A one-day password-reset link for a linked resident, for an officer to hand over', tag: 'people', auth: 'staff', path: ['id'], status: 201 } },
	'/imports/people': {
		post: {
			summary: 'Residents and households from .xlsx or .csv (multipart: file, unit, commit). Preview: 200 with every refused row; commit=true: 201 with the count, or 422 with the refused rows and nothing written',
			tag: 'people',
			auth: 'staff',
			form: z.object({ file: binary, unit: z.string(), commit: z.enum(['true', 'false']).optional() }),
			status: 200
		}
	},
	'/imports/people/template': { get: { summary: 'The template to fill in (format=xlsx or csv)', tag: 'people', auth: 'public', query: z.object({ format: z.enum(['xlsx', 'csv']).optional() }) } },
	'/imports/{id}': { get: { summary: 'One import: status, progress and refused rows', tag: 'people', auth: 'staff', path: ['id'] } },
	'/signups': {
		get: { summary: 'Sign-ups waiting for an officer, in scope', tag: 'people', auth: 'staff', query: signupQueueQuery },
		post: { summary: 'A resident signs up (a phone or an email, or both); linked after email confirmation when exactly one record matches, else queued for an officer', tag: 'people', auth: 'public', body: signupInput, status: 201 }
	},
	'/signups/confirmation': { post: { summary: 'The signed-in resident asks for the confirmation email again (at most once a minute)', tag: 'people', auth: 'session' } },
	'/signups/confirm': { post: { summary: 'Confirm the email address with the emailed token', tag: 'people', auth: 'public', body: z.object({ token: z.string() }) } },
	'/signups/{id}': { get: { summary: 'A sign-up with the records it might be', tag: 'people', auth: 'staff', path: ['id'] } },
	'/signups/{id}/link': { post: { summary: 'Link the sign-up to a resident in scope', tag: 'people', auth: 'staff', path: ['id'], body: signupLink } },
	'/signups/{id}/record': { post: { summary: 'Create the resident’s record from the sign-up and link it', tag: 'people', auth: 'staff', path: ['id'], status: 201 } },
	'/signups/{id}/refusal': { post: { summary: 'Refuse with a reason the resident is told', tag: 'people', auth: 'staff', path: ['id'], body: signupRefusal } },
	'/password-resets': { post: { summary: 'Forgot password: sends a one-hour link to the account’s email; always 202', tag: 'accounts', auth: 'public', body: passwordResetRequest, status: 202 } },
	'/password-resets/confirm': { post: { summary: 'Set a new password with a reset token; every session ends', tag: 'accounts', auth: 'public', body: passwordReset, status: 204 } },
	'/me/resident': {
		get: { summary: 'The signed-in resident’s own record and sign-up', tag: 'accounts', auth: 'session' },
		patch: { summary: 'Correct one’s own name, birth date, gender, phone or email', tag: 'accounts', auth: 'session', body: ownRecordCorrection, response: residentOut }
	},
	'/me/resident/export': { get: { summary: 'Everything held about the signed-in resident, as JSON', tag: 'accounts', auth: 'session' } },
	'/courses': {
		get: { summary: 'The public catalog of published courses; q= searches with or without accents', tag: 'learning', auth: 'public', query: catalogQuery },
		post: { summary: 'A course of an organiser the caller manages (learning.manage)', tag: 'learning', auth: 'staff', body: courseCreate, status: 201 }
	},
	'/courses/{id}': {
		get: { summary: 'A course with its classes (drafts only to its managers)', tag: 'learning', auth: 'public', path: ['id'] },
		patch: { summary: 'Edit; publishing and archiving are a change of status', tag: 'learning', auth: 'staff', path: ['id'], body: courseUpdate }
	},
	'/courses/{id}/classes': { post: { summary: 'An in-person class with its sessions', tag: 'learning', auth: 'staff', path: ['id'], body: classCreate, status: 201 } },
	'/classes/{id}': { get: { summary: 'A class: sessions, enrolled and waiting counts, the caller’s place, the roster for managers', tag: 'learning', auth: 'public', path: ['id'] } },
	'/classes/{id}/enrolments': { post: { summary: '{} enrols the signed-in learner; {personId} lets a manager enrol a resident. A full class puts the learner on the waiting list', tag: 'learning', auth: 'session', path: ['id'], body: enrolInput, status: 201 } },
	'/enrolments/{id}': { delete: { summary: 'Leave a class; the longest-waiting learner takes the place', tag: 'learning', auth: 'session', path: ['id'] } },
	'/courses/{id}/lessons': {
		get: { summary: 'The online lessons with the signed-in learner’s progress (locked when they must come in order)', tag: 'learning', auth: 'public', path: ['id'] },
		post: { summary: 'Add a lesson at the end: text (Markdown), video (an uploaded MP4/WebM up to 100 MB, or an https link), PDF (up to 20 MB) or a quiz (questions as a list, or as text). JSON, or multipart/form-data with the same fields, a `file` and, for an uploaded video, its `captions` (WebVTT, 1 MB)', tag: 'learning', auth: 'staff', path: ['id'], body: lessonCreate, status: 201 }
	},
	'/lessons/{id}': {
		get: { summary: 'A lesson to learn; quiz questions without their answers', tag: 'learning', auth: 'session', path: ['id'] },
		patch: { summary: 'Correct a lesson: title, text, a video’s link, a quiz’s pass mark and attempts, and its questions until someone has answered them', tag: 'learning', auth: 'staff', path: ['id'], body: lessonUpdate },
		delete: { summary: 'Remove a lesson no learner has started, with its file', tag: 'learning', auth: 'staff', path: ['id'] }
	},
	'/lessons/{id}/moves': { post: { summary: 'Move a lesson one place up or down in its course', tag: 'learning', auth: 'staff', path: ['id'], body: lessonMove } },
	'/lessons/{id}/media': { get: { summary: 'A video or PDF lesson’s file for whoever may open the lesson; single byte ranges (206, 416), ETag', tag: 'learning', auth: 'session', path: ['id'], responseType: 'video/mp4' } },
	'/lessons/{id}/captions': { get: { summary: 'A video lesson’s captions (WebVTT) for whoever may open the lesson', tag: 'learning', auth: 'session', path: ['id'], responseType: 'text/vtt' } },
	'/lessons/{id}/progress': { post: { summary: 'A text, video or PDF lesson read or watched to the end; answers the certificate code when the course is complete', tag: 'learning', auth: 'session', path: ['id'] } },
	'/lessons/{id}/attempts': { post: { summary: 'A quiz attempt: score, pass, feedback per question, attempts left', tag: 'learning', auth: 'session', path: ['id'], body: quizSubmission, status: 201 } },
	'/certificates/{code}/verification': { get: { summary: 'Public: valid or revoked, for whom (name only) and for what', tag: 'learning', auth: 'public', path: ['code'] } },
	'/certificates/{code}/pdf': { get: { summary: 'The certificate, A4 PDF with a QR code (holder and managers)', tag: 'learning', auth: 'session', path: ['code'], responseType: 'application/pdf' } },
	'/certificates/{code}/revocation': { post: { summary: 'Revoke with a reason (the organiser’s managers)', tag: 'learning', auth: 'staff', path: ['code'], body: z.object({ reason: z.string() }) } },
	'/me/learning-record': { get: { summary: 'The signed-in learner’s record: classes, completed courses, hours, certificates; format=pdf as an A4 PDF', tag: 'learning', auth: 'session', query: z.object({ format: z.enum(['json', 'pdf']).optional() }) } },
	'/surveys': {
		get: { summary: 'Open learning-needs surveys', tag: 'learning', auth: 'public' },
		post: { summary: 'A centre opens a survey for its commune', tag: 'learning', auth: 'staff', body: surveyCreate, status: 201 }
	},
	'/surveys/{id}': { get: { summary: 'A survey (and whether the caller has answered)', tag: 'learning', auth: 'public', path: ['id'] } },
	'/surveys/{id}/responses': { post: { summary: 'An answer (signed in, once); with paper=true a manager enters a paper answer', tag: 'learning', auth: 'session', path: ['id'], body: surveyAnswer.extend({ paper: z.boolean().optional() }), status: 201 } },
	'/surveys/{id}/results': { get: { summary: 'Demand by topic, village and age group', tag: 'learning', auth: 'staff', path: ['id'] } },
	'/surveys/{id}/closure': { post: { summary: 'Close the survey', tag: 'learning', auth: 'staff', path: ['id'] } },
	'/sessions/{id}/attendance': {
		get: { summary: 'A session’s attendance sheet (the class’s managers and teacher)', tag: 'learning', auth: 'staff', path: ['id'] },
		put: { summary: 'Take attendance: { present: [enrolmentId…] }; the others are absent; resubmitting overwrites', tag: 'learning', auth: 'staff', path: ['id'], body: z.object({ present: z.array(z.string()) }) }
	},
	'/classes/{id}/completion': { post: { summary: 'Judge the class from its attendance: learners at or above the course’s share complete and receive certificates. Refused (409) before its last session is over unless early is true; preview answers who would complete and issues nothing', tag: 'learning', auth: 'staff', path: ['id'], body: completionInput } },
	'/classes/{id}/attendance-sheet': { get: { summary: 'The attendance book as .xlsx', tag: 'learning', auth: 'staff', path: ['id'], responseType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
	'/learning/statistics': { get: { summary: 'Learners, learner-turns, completions and hours in scope by commune, the learner’s village, topic, month, age group and gender, over from–to (Việt Nam calendar days); format=xlsx downloads them', tag: 'learning', auth: 'staff', query: statisticsQuery } },
	'/me/enrolments': { get: { summary: 'The signed-in learner’s places and waiting places', tag: 'learning', auth: 'session' } },
	'/audit': { get: { summary: 'The audit log within the reader’s scope, a page at a time (all of it: POST /exports, kind audit)', tag: 'audit', auth: 'staff', query: auditQuery } },
	'/exports': {
		get: { summary: 'The caller’s own exports, newest first, with their progress', tag: 'exports', auth: 'staff', response: z.object({ items: z.array(exportOut) }) },
		post: { summary: 'Ask for a large export (audit: CSV; residents: xlsx or CSV) with the filters of its list; built in the background, kept a day', tag: 'exports', auth: 'staff', body: exportRequest, status: 202, response: exportOut }
	},
	'/exports/{id}': { get: { summary: 'One of the caller’s exports: status, rows written of how many, percent, download once done', tag: 'exports', auth: 'staff', path: ['id'], response: exportOut } },
	'/funds': {
		get: { summary: 'Study-promotion funds in the caller’s scope, with their balances', tag: 'funds', auth: 'staff', query: fundListQuery, response: z.object({ items: z.array(fundOut) }) },
		post: { summary: 'Open a fund for an owner (association branch, village branch, school, clan, centre) in a commune or village', tag: 'funds', auth: 'staff', body: fundCreate, status: 201, response: fundOut }
	},
	'/funds/{id}': { get: { summary: 'A fund: balance from its book, entry count, the latest entry’s hash', tag: 'funds', auth: 'staff', path: ['id'], response: fundOut } },
	'/funds/{id}/entries': { get: { summary: 'The fund’s book (append-only), latest first', tag: 'funds', auth: 'staff', path: ['id'], query: entriesQuery, response: page(entryOut) } },
	'/funds/{id}/donations': { post: { summary: 'A donation in cash, by transfer or in kind (amount in whole đồng; "1.500.000" accepted)', tag: 'funds', auth: 'staff', path: ['id'], body: donationInput, status: 201, response: entryOut } },
	'/funds/{id}/disbursements': { post: { summary: 'A payment (scholarship, reward, expense); 409 when the balance cannot cover it, even under concurrent payments', tag: 'funds', auth: 'staff', path: ['id'], body: disbursementInput, status: 201, response: entryOut } },
	'/funds/{id}/public': { get: { summary: 'Public (Nghị định 93/2021): received by way and month, paid out by purpose, balance and latest hash, computed from the book; donors named only with consent, people paid as initials', tag: 'funds', auth: 'public', path: ['id'] } },
	'/funds/{id}/public/entries': { get: { summary: 'Public: the fund’s entries as its public page shows them (donors named with consent, people paid as initials, each entry’s hash), a year or all, streamed as CSV (default) or .xlsx', tag: 'funds', auth: 'public', path: ['id'], query: publicYearQuery, responseType: 'text/csv' } },
	'/communes/{id}/funds': { get: { summary: 'Public: a commune’s study-promotion funds in a year (this year by default): each fund’s received, paid and balance, the commune’s totals by way, month and purpose', tag: 'funds', auth: 'public', path: ['id'], query: publicYearQuery.omit({ format: true }) } },
	'/funds/{id}/report': { get: { summary: 'The fund’s yearly report (opening balance, received by way and month, paid by purpose, moved, closing balance) as JSON, or ?format=xlsx|pdf', tag: 'funds', auth: 'staff', path: ['id'], query: publicYearQuery } },
	'/funds/{id}/donation-imports': { post: { summary: 'Donations from a collection sheet or bank statement (.xlsx/.csv): checked, or with commit=true written all rows or none, each with its receipt (201; 422 with the refused rows)', tag: 'funds', auth: 'staff', path: ['id'], form: z.object({ file: binary, method: z.enum(['cash', 'bank_transfer', 'in_kind']).optional(), commit: z.enum(['true', 'false']).optional() }) } },
	'/funds/{id}/transfers': { post: { summary: 'Money moved to another fund: an entry in each book, written together; needs the right to manage both; 409 when the balance cannot cover it', tag: 'funds', auth: 'staff', path: ['id'], body: transferInput, status: 201, response: entryOut } },
	'/funds/{id}/donors': { get: { summary: 'The fund’s donors, with what each has given (net of corrections) and pledged', tag: 'funds', auth: 'staff', path: ['id'], response: z.object({ items: z.array(donorOut) }) } },
	'/funds/{id}/pledges': {
		get: { summary: 'The fund’s pledges (cam kết) and what each has brought in', tag: 'funds', auth: 'staff', path: ['id'], response: z.object({ items: z.array(pledgeOut) }) },
		post: { summary: 'A pledge from a donor the fund knows or a new one; donations naming it fulfil it', tag: 'funds', auth: 'staff', path: ['id'], body: pledgeInput, status: 201, response: pledgeOut }
	},
	'/donors/{id}': { patch: { summary: 'A donor’s details corrected, or their consent to be named in public given or withdrawn (public pages follow at once)', tag: 'funds', auth: 'staff', path: ['id'], body: donorUpdate, response: donorOut } },
	'/donors/{id}/erasure': { post: { summary: 'The donor’s personal data erased on request (Nghị định 13/2023); the book stays whole, as it hashes the donor’s id, not the name', tag: 'funds', auth: 'staff', path: ['id'], response: donorOut } },
	'/pledges/{id}/cancellation': { post: { summary: 'A pledge the donor will not keep, closed', tag: 'funds', auth: 'staff', path: ['id'], response: pledgeOut } },
	'/receipts/{code}/verification': { get: { summary: 'Public: whether a donation’s receipt is genuine and stands; the donor by name only if they agreed, initials otherwise', tag: 'funds', auth: 'public', path: ['code'], response: receiptVerification } },
	'/entries/{id}/receipt': { get: { summary: 'A donation’s receipt (biên nhận), A4 PDF with a QR code to its public verification', tag: 'funds', auth: 'staff', path: ['id'], responseType: 'application/pdf' } },
	'/scholarship-rounds': {
		get: { summary: 'Scholarship rounds of the funds in the caller’s scope, and the rounds the caller reviews', tag: 'scholarships', auth: 'staff', query: roundListQuery, response: z.object({ items: z.array(roundOut) }) },
		post: { summary: 'Open a scholarship round on a fund (funds.manage there) with a budget, places, an award amount and a criteria version', tag: 'scholarships', auth: 'staff', body: roundCreate, status: 201, response: roundOut }
	},
	'/scholarship-rounds/criteria-sets': {
		get: { summary: 'Criteria sets (versioned data), latest version first; the typical set is marked unconfirmed', tag: 'scholarships', auth: 'staff', response: z.object({ items: z.array(criteriaSetOut), can: z.object({ add: z.boolean() }) }) },
		post: { summary: 'A new version of a criteria set, or a new set (administrators); a set in use is never edited', tag: 'scholarships', auth: 'staff', body: criteriaSetCreate, status: 201, response: criteriaSetOut }
	},
	'/scholarship-rounds/{id}': { get: { summary: 'A round as the caller may see it: the chair everything; a reviewer others’ scores only after scoring; a nominator their own nominations', tag: 'scholarships', auth: 'session', path: ['id'] } },
	'/scholarship-rounds/{id}/reviewers': { post: { summary: 'Assign a reviewer (a staff account, not the chair) by login', tag: 'scholarships', auth: 'staff', path: ['id'], body: reviewerAdd, status: 201 } },
	'/scholarship-rounds/{id}/nominations': { post: { summary: 'Nominate a pupil: a school’s administrators, association officers in scope, or a guardian for a child of their household; never the pupil’s own account (403)', tag: 'scholarships', auth: 'session', path: ['id'], body: nominationCreate, status: 201 } },
	'/scholarship-rounds/{id}/closure': { post: { summary: 'Close nominations (the chair); review goes on', tag: 'scholarships', auth: 'staff', path: ['id'] } },
	'/scholarship-rounds/{id}/approvals': { post: { summary: 'Approve the next nominations in rank order, as many as fit the budget and the places (the chair)', tag: 'scholarships', auth: 'staff', path: ['id'] } },
	'/scholarship-rounds/{id}/decision': { post: { summary: 'Close review with the approvals made: the round is decided', tag: 'scholarships', auth: 'staff', path: ['id'] } },
	'/scholarship-rounds/{id}/payout': { post: { summary: 'Pay every award as a disbursement entry of the fund, in one transaction: all or none (409 when the balance cannot cover them)', tag: 'scholarships', auth: 'staff', path: ['id'], body: payoutInput } },
	'/scholarship-rounds/{id}/receipt-list': { get: { summary: 'The signed-receipt list (danh sách ký nhận) of a decided round as PDF or .xlsx (the chair)', tag: 'scholarships', auth: 'staff', path: ['id'], query: receiptListQuery, responseType: 'application/pdf' } },
	'/scholarship-rounds/nominations/{id}/reviews': { post: { summary: 'A reviewer’s points per criterion, or a declared conflict of interest; once per reviewer', tag: 'scholarships', auth: 'staff', path: ['id'], body: reviewInput, status: 201 } },
	'/scholarship-rounds/nominations/{id}/approval': { post: { summary: 'Approve one scored nomination within the budget and places; 409 naming what is left when it does not fit, even under concurrent approvals', tag: 'scholarships', auth: 'staff', path: ['id'], body: approvalInput } },
	'/scholarship-rounds/nominations/{id}/documents': { post: { summary: 'Add a document (photo re-encoded as WebP, or PDF; 5 MB) to a nomination', tag: 'scholarships', auth: 'session', path: ['id'], form: z.object({ file: binary }), status: 201 } },
	'/scholarship-rounds/documents/{id}': { get: { summary: 'A nomination’s document, for the round’s reviewers and chair only (404 to anyone else)', tag: 'scholarships', auth: 'staff', path: ['id'], responseType: 'application/octet-stream' } },
	'/entries/{id}/reversal': { post: { summary: 'A correcting entry that reverses one entry (once; never a reversal)', tag: 'funds', auth: 'staff', path: ['id'], body: reversalInput, status: 201, response: entryOut } },
	'/reward-regulations/{fundId}': {
		get: { summary: 'A fund’s reward regulation: every version (the one in force first) with its rules, and the caller’s abilities', tag: 'awards', auth: 'staff', path: ['fundId'], response: z.object({ versions: z.array(regulationOut) }) },
		post: { summary: 'Publish the next version of the fund’s regulation (a version in use is never changed; awards keep theirs)', tag: 'awards', auth: 'staff', path: ['fundId'], body: regulationInput, status: 201, response: regulationOut }
	},
	'/reward-regulations/{fundId}/award-list': { get: { summary: 'The fund’s award list (approved and paid) as .xlsx, or an A4 PDF with ?format=pdf: STT, Họ và tên, Thành tích, Mức thưởng, Số tiền, Ký nhận', tag: 'awards', auth: 'staff', path: ['fundId'], query: awardListQuery, responseType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
	'/reward-proposals': {
		get: { summary: 'Awards proposed from the funds in the caller’s scope', tag: 'awards', auth: 'staff', query: proposalListQuery, response: z.object({ items: z.array(proposalOut) }) },
		post: { summary: 'Propose an award under a rule of the regulation in force, with evidence (keeps the rule’s amount)', tag: 'awards', auth: 'staff', body: proposalInput, status: 201, response: proposalOut }
	},
	'/reward-proposals/{id}/evidence': { get: { summary: 'The award’s evidence file (a scan or photo: PDF, JPEG, PNG), uploaded with the proposal from the console', tag: 'awards', auth: 'staff', path: ['id'], responseType: 'application/octet-stream' } },
	'/reward-proposals/{id}/decision': { post: { summary: 'Approve or refuse a waiting award (once; a refusal gives its reason)', tag: 'awards', auth: 'staff', path: ['id'], body: proposalDecision, response: proposalOut } },
	'/reward-proposals/payout': { post: { summary: 'Pay approved awards through their funds’ books, all or none; 409 for one not approved, already paid, or a balance too small', tag: 'awards', auth: 'staff', body: rewardPayoutInput, response: z.object({ items: z.array(proposalOut), total: z.number().int() }) } },
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
	'/honour-board': { get: { summary: 'Public: the honour board per commune and year — approved nominations whose consent stands (never the evidence)', tag: 'awards', auth: 'public', query: honourBoardQuery, response: z.object({ items: z.array(honourEntryOut), years: z.array(z.number().int()), unit: z.object({ id: z.string(), name: z.string() }).nullable(), year: z.number().int().nullable() }) } },
	'/honour-nominations': {
		get: { summary: 'Nominations to the honour board in the caller’s scope', tag: 'awards', auth: 'staff', query: nominationListQuery, response: z.object({ items: z.array(nominationOut) }) },
		post: { summary: 'Nominate a person (exemplary model, good people good deeds) with a story and evidence', tag: 'awards', auth: 'staff', body: nominationInput, status: 201, response: nominationOut }
	},
	'/honour-nominations/{id}': { get: { summary: 'One nomination with its consent on record', tag: 'awards', auth: 'staff', path: ['id'], response: nominationOut } },
	'/honour-nominations/{id}/review': { post: { summary: 'Approve or refuse a waiting nomination (once)', tag: 'awards', auth: 'staff', path: ['id'], body: nominationReview, response: nominationOut } },
	'/honour-nominations/{id}/consent': { post: { summary: 'Record the person’s consent to be shown (paper form or in person; a minor’s names the parent or guardian)', tag: 'awards', auth: 'staff', path: ['id'], body: consentInput, response: nominationOut } },
	'/honour-nominations/{id}/consent-withdrawal': { post: { summary: 'Withdraw the consent (a reviewer, or the person named): the entry leaves the public board at once', tag: 'awards', auth: 'session', path: ['id'], body: withdrawalInput, response: nominationOut } },
	'/criteria-sets/{kind}': {
		get: { summary: 'Every version of a title kind’s criteria set (family, clan, community, unit, citizen), latest first; the best-known version is seeded unconfirmed', tag: 'titles', auth: 'staff', path: ['kind'], response: z.object({ items: z.array(criteriaSetOutSchema) }) },
		post: { summary: 'A new version of the set (administrators); a version in use is never changed', tag: 'titles', auth: 'staff', path: ['kind'], body: criteriaSetInput, status: 201, response: criteriaSetOutSchema }
	},
	'/title-cycles': {
		get: { summary: 'Learning-title cycles in the caller’s scope, with the next deadline when it is near or past', tag: 'titles', auth: 'staff', query: cycleQuery, response: z.object({ items: z.array(cycleOutSchema), canOpen: z.boolean() }) },
		post: { summary: 'Open a commune’s cycle for a year (dates default to DOMAIN.md: decision before 25 Nov, summary before 15 Dec); once per commune and year', tag: 'titles', auth: 'staff', body: cycleInput, status: 201, response: cycleOutSchema }
	},
	'/title-cycles/{id}': { get: { summary: 'A cycle with its counts per village and posting', tag: 'titles', auth: 'staff', path: ['id'] } },
	'/title-cycles/{id}/villages/{villageId}/review': {
		get: { summary: 'The village review: every registration of the village in the cycle, the posting and its objections', tag: 'titles', auth: 'staff', path: ['id', 'villageId'] },
		post: { summary: 'Review many registrations at once: agreed ones are scored again and proposed, refused ones keep the reason', tag: 'titles', auth: 'staff', path: ['id', 'villageId'], body: titleReviewInput, response: z.object({ agreed: z.number().int(), refused: z.number().int() }) }
	},
	'/title-cycles/{id}/villages/{villageId}/posting': {
		get: { summary: 'Public: the village’s candidate list, only during its 10 days of posting', tag: 'titles', auth: 'public', path: ['id', 'villageId'] },
		post: { summary: 'Post the village’s list for exactly 10 days from opensOn (once the review is finished)', tag: 'titles', auth: 'staff', path: ['id', 'villageId'], body: postingInput, status: 201 }
	},
	'/title-cycles/{id}/objections': { get: { summary: 'The objections lodged in a cycle, for the commune', tag: 'titles', auth: 'staff', path: ['id'] } },
	'/title-cycles/{id}/decision': { post: { summary: 'The commune’s decision (number, date, signer): recognises the posted candidates and issues certificates; 409 while a posting runs or an objection waits', tag: 'titles', auth: 'staff', path: ['id'], body: decisionInput, status: 201 } },
	'/title-registrations': { post: { summary: 'Register one subject for a title: the household head for the household, a resident as a learning citizen, a village head or officer for others; a second registration in the cycle is refused', tag: 'titles', auth: 'session', body: registrationInput, status: 201, response: registrationOutSchema } },
	'/title-registrations/bulk': { post: { summary: 'The village head registers many households of the village at once (those registered already are left)', tag: 'titles', auth: 'staff', body: bulkRegistrationInput, response: z.object({ added: z.number().int(), already: z.number().int() }) } },
	'/title-registrations/{id}': { get: { summary: 'A registration: the criteria set in force, the evidence from the members’ learning records (each linked to its source), the assessments', tag: 'titles', auth: 'session', path: ['id'] } },
	'/title-registrations/{id}/self-assessment': { post: { summary: 'The self-assessment: declared points per criterion; records computed; scored and kept under the set version in force', tag: 'titles', auth: 'session', path: ['id'], body: assessmentInput, status: 201, response: assessmentOutSchema } },
	'/title-registrations/{id}/objections': { post: { summary: 'A resident of the village objects to a posted candidate, with a reason, while the list is posted', tag: 'titles', auth: 'session', path: ['id'], body: objectionInput, status: 201, response: z.object({ id: z.string() }) } },
	'/title-objections/{id}/answer': { post: { summary: 'The commune answers an objection (once); upheld, the candidate is refused', tag: 'titles', auth: 'staff', path: ['id'], body: answerInput, response: z.object({ id: z.string(), upheld: z.boolean() }) } },
	'/title-figures': { get: { summary: 'Registered against recognised by title and village, this year and last, against the QĐ 387 targets', tag: 'titles', auth: 'staff', query: figuresQuery } },
	'/title-certificates/{code}': { get: { summary: 'Public: whether a learning-title certificate is valid, for whom and by which decision', tag: 'titles', auth: 'public', path: ['code'] } },
	'/events': {
		get: { summary: 'Events in the caller’s scope (those they manage or check in at), with places taken, waiting and checked in', tag: 'events', auth: 'staff', query: eventListQuery, response: z.object({ items: z.array(eventOut) }) },
		post: { summary: 'Open an event (opening ceremony, talk, book fair, contest, exhibition, open class) in a commune or for an organisation, with a capacity', tag: 'events', auth: 'staff', body: eventCreate, status: 201, response: eventOut }
	},
	'/events/{id}': { get: { summary: 'Public: a published event (place, time, places left); the caller’s own ticket when signed in', tag: 'events', auth: 'public', path: ['id'], response: eventOut.extend({ mine: ticketOut.nullable() }) } },
	'/events/{id}/registrations': {
		get: { summary: 'The event’s registrations (places first, then the waiting list in order) with their check-ins', tag: 'events', auth: 'staff', path: ['id'] },
		post: { summary: 'Register the signed-in person: a place while one is free (capacity holds under concurrency), else the waiting list; the ticket (code and QR address) is answered and sent by email', tag: 'events', auth: 'session', path: ['id'], body: registerInput, status: 201, response: ticketOut }
	},
	'/events/{id}/walk-ins': { post: { summary: 'At the door: someone without a ticket, registered and checked in at once; the scanner’s clientKey makes a retry add nobody twice; 409 when the event is full', tag: 'events', auth: 'staff', path: ['id'], body: walkInInput.omit({ eventId: true }), response: checkInOut } },
	'/check-ins': { post: { summary: 'At the door: a ticket’s code (typed, or the QR code’s address) checked in — once per ticket even from two phones at the same moment; a repeat answers `already` with the first time', tag: 'events', auth: 'staff', body: checkInInput, response: checkInOut } },
	'/registrations/{id}': { delete: { summary: 'Give a place up (its holder, or a manager): the longest-waiting registrant takes it and is told by email', tag: 'events', auth: 'session', path: ['id'], response: ticketOut } },
	'/me/events': { get: { summary: 'The signed-in person’s tickets, and the events they attended (checked in): part of their learning record', tag: 'events', auth: 'session', response: z.array(ticketOut) } },
	'/campaigns': {
		get: { summary: 'Campaigns (the Lifelong Learning Week, reading day, digital month) of the caller’s units, and the city campaigns their communes follow', tag: 'campaigns', auth: 'staff', query: campaignListQuery, response: z.object({ items: z.array(campaignOut) }) },
		post: { summary: 'Open a campaign for the city or a commune; a commune’s may follow the city’s and inherits its directives', tag: 'campaigns', auth: 'staff', body: campaignCreate, status: 201, response: campaignOut }
	},
	'/campaigns/{id}': { get: { summary: 'A campaign with its plan: the directives it inherits, then its own', tag: 'campaigns', auth: 'staff', path: ['id'], response: campaignOut.extend({ directives: z.array(directiveOut) }) } },
	'/campaigns/{id}/directives': { post: { summary: 'A directive for kinds of actors, with a deadline and the figures to report; it becomes one assignment per holder in every commune campaign it reaches', tag: 'campaigns', auth: 'staff', path: ['id'], body: directiveCreate, status: 201, response: directiveOut } },
	'/campaigns/{id}/status': { get: { summary: 'Each holder of a commune campaign: reported or not, overdue, reminded', tag: 'campaigns', auth: 'staff', path: ['id'], response: z.object({ campaign: campaignOut, items: z.array(assignmentOut), reported: z.number().int(), notReported: z.number().int() }) } },
	'/campaigns/{id}/reminders': { post: { summary: 'Remind every holder that has not reported, by email to its address in the directory', tag: 'campaigns', auth: 'staff', path: ['id'], response: z.object({ reminded: z.number().int(), withoutEmail: z.number().int() }) } },
	'/campaigns/{id}/report': { get: { summary: 'The Week’s report upward: per commune, events, registrations, participants, new enrolments and learners, contest entries, donations and the filed figures, with each commune’s deadline and status; the total is the sum of the rows. JSON, or ?format=xlsx|pdf', tag: 'campaigns', auth: 'staff', path: ['id'], query: z.object({ format: z.enum(['json', 'xlsx', 'pdf']).optional() }) } },
	'/campaigns/{id}/report-submission': { post: { summary: 'A commune sends its report upward (its status becomes sent)', tag: 'campaigns', auth: 'staff', path: ['id'], response: campaignOut } },
	'/campaign-assignments': { get: { summary: 'The assignments the caller answers for (an organisation its own; a commune officer the commune’s)', tag: 'campaigns', auth: 'staff', query: z.object({ campaign: z.string().optional() }), response: z.object({ items: z.array(assignmentOut) }) } },
	'/campaign-assignments/{id}/report': { post: { summary: 'Progress, figures and a short report on an assignment; another holder’s, or another commune’s, is not found', tag: 'campaigns', auth: 'staff', path: ['id'], body: assignmentReport, response: assignmentOut } },
	'/contests': { post: { summary: 'Open an online quiz contest (cuộc thi tìm hiểu) with its bank of questions, opening and closing times and a time limit', tag: 'contests', auth: 'staff', body: contestCreate, status: 201, response: contestOut } },
	'/contests/{id}': { get: { summary: 'Public: a contest, its times, time limit, prizes and entries', tag: 'contests', auth: 'public', path: ['id'], response: contestOut } },
	'/contests/{id}/attempts': { post: { summary: 'Take part: the caller’s one attempt with questions drawn from the bank (the same attempt again while open; 409 once submitted)', tag: 'contests', auth: 'session', path: ['id'], status: 201, response: attemptOut } },
	'/contests/{id}/ranking': { get: { summary: 'Public: the ranking by score, then time (initials and given name)', tag: 'contests', auth: 'public', path: ['id'], query: z.object({ limit: z.string().optional() }), response: rankingOut } },
	'/contest-attempts/{id}/submission': { post: { summary: 'The answers, once, within the time limit checked on the server (409 when late or already submitted)', tag: 'contests', auth: 'session', path: ['id'], body: submission, response: z.object({ score: z.number().int(), outOf: z.number().int(), durationMs: z.number().int() }) } },
	'/emulation-criteria': {
		get: { summary: 'Every version of the schools’ emulation criteria ("dạy tốt, học tốt"), latest first; the best-known version is seeded unconfirmed', tag: 'emulation', auth: 'staff', response: z.object({ items: z.array(criteriaSetOutSchema) }) },
		post: { summary: 'A new version of the emulation criteria (administrators); scores keep the version they were scored under', tag: 'emulation', auth: 'staff', body: criteriaSetInput, status: 201, response: criteriaSetOutSchema }
	},
	'/emulation-rounds': {
		get: { summary: 'Emulation rounds the caller reaches: those of units in scope (the office, a commune), and those above the caller’s own school', tag: 'emulation', auth: 'staff', query: emulationRoundQuery, response: z.object({ items: z.array(emulationRoundOut), canOpen: z.boolean() }) },
		post: { summary: 'Open a unit’s round for a school year (2026 = 2026–2027) over the schools of its subtree; once per unit and year', tag: 'emulation', auth: 'staff', body: emulationRoundInput, status: 201, response: emulationRoundOut }
	},
	'/emulation-rounds/{id}': { get: { summary: 'A round with the criteria set in force and its ranking', tag: 'emulation', auth: 'staff', path: ['id'] } },
	'/emulation-rounds/{id}/ranking': { get: { summary: 'The round’s schools ranked by the reviewed total (ties: the earlier submission), the unreviewed after', tag: 'emulation', auth: 'staff', path: ['id'], response: z.object({ items: z.array(rankingRowSchema) }) } },
	'/emulation-rounds/{id}/close': { post: { summary: 'Close the round to self-scores (the office)', tag: 'emulation', auth: 'staff', path: ['id'], response: emulationRoundOut } },
	'/emulation-rounds/{id}/schools/{orgId}': { get: { summary: 'A school’s score under the criteria version it was scored with (its own administrators, the office); before it is submitted, the set in force', tag: 'emulation', auth: 'staff', path: ['id', 'orgId'] } },
	'/emulation-rounds/{id}/schools/{orgId}/self-score': { post: { summary: 'The school’s self-score: points and a note per criterion, under the version in force; again until reviewed; another school’s is not found', tag: 'emulation', auth: 'staff', path: ['id', 'orgId'], body: selfScoreInput, response: emulationScoreOut } },
	'/emulation-rounds/{id}/schools/{orgId}/review': { post: { summary: 'The office’s review: points per criterion (left out: the school’s own) and a comment', tag: 'emulation', auth: 'staff', path: ['id', 'orgId'], body: emulationReviewInput, response: emulationScoreOut } },
	'/emulation-rounds/{id}/schools/{orgId}/award': { post: { summary: 'Record the school’s award (a title such as "Xuất sắc", "Tốt") once reviewed', tag: 'emulation', auth: 'staff', path: ['id', 'orgId'], body: emulationAwardInput, response: emulationScoreOut } },
	'/school-centre-activities': {
		get: { summary: 'Joint school–centre activities: one organisation’s (either side) with orgId, or all those either side of which is in scope; newest first', tag: 'emulation', auth: 'staff', query: activityQuery, response: z.object({ items: z.array(activityOutSchema) }) },
		post: { summary: 'Record a joint activity once (either side’s staff, or an officer above); both sides list it', tag: 'emulation', auth: 'staff', body: activityInput, status: 201, response: activityOutSchema }
	},
	'/exports/{id}/file': { get: { summary: 'A finished export’s file, for the one who asked for it; byte ranges', tag: 'exports', auth: 'staff', path: ['id'], responseType: 'text/csv' } }
};

// schemas used by console forms, listed for integrators
const COMPONENTS: Record<string, Schema> = { AccountCreate: accountCreate, GrantCreate: grantCreate, Session: sessionOut };

export function openApiDocument(serverUrl: string): Record<string, unknown> {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const [path, ops] of Object.entries(OPS)) {
		paths[path] = {};
		for (const [method, op] of Object.entries(ops)) {
			const parameters: unknown[] = (op.path ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
			if (op.query) {
				const js = toJson(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
				for (const [name, schema] of Object.entries(js.properties ?? {})) parameters.push({ name, in: 'query', required: js.required?.includes(name) ?? false, schema });
			}
			const responses: Record<string, unknown> = {
				[String(op.status ?? 200)]: op.response
					? { description: 'OK', content: { [op.responseType ?? 'application/json']: { schema: toJson(op.response, 'output') } } }
					: { description: op.status === 204 ? 'No content' : 'OK' },
				'400': { $ref: '#/components/responses/Problem' },
				'404': { $ref: '#/components/responses/Problem' }
			};
			if (op.auth !== 'public') {
				responses['401'] = { $ref: '#/components/responses/Problem' };
				responses['403'] = { $ref: '#/components/responses/Problem' };
			}
			paths[path][method] = {
				summary: op.summary,
				tags: [op.tag],
				operationId: `${method}${path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
				...(parameters.length && { parameters }),
				...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: toJson(op.body, 'input') } } } }),
				...(op.form && { requestBody: { required: true, content: { 'multipart/form-data': { schema: toJson(op.form, 'input') } } } }),
				...(op.auth === 'public' ? { security: [] } : {}),
				responses
			};
		}
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Suốt Đời API',
			version: '1',
			description: 'JSON API of the Suốt Đời learning-society platform. Errors are application/problem+json with a message per field. Authenticate with the session cookie (unsafe methods must come from the same origin) or `Authorization: Bearer <personal access token>`. Records outside the caller’s scope answer 404.'
		},
		servers: [{ url: `${serverUrl}/api/v1` }],
		security: [{ session: [] }, { bearer: [] }],
		paths,
		components: {
			securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sd_session' }, bearer: { type: 'http', scheme: 'bearer' } },
			responses: { Problem: { description: 'A problem', content: { 'application/problem+json': { schema: problem } } } },
			schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([k, s]) => [k, toJson(s, 'input')]))
		}
	};
}
