/**
 * Credentials: a course completed — online when every lesson is done, in person when a class's
 * attendance meets the course's rule — is recorded once and earns a certificate, numbered per
 * organiser and year as in a paper issuance book, verifiable by anyone from its QR code and
 * revocable by a manager; and each learner's lifelong record of what they completed. Other
 * modules have certificates written here too (`issueAward`: a reading challenge's goal reached),
 * numbered in the same books and checked at the same /verify.
 */
import { type AccessGateway, type AuthContext, type LookupMiss, requireActor } from '../../platform/access';
import type { Links } from '../../platform/links';
import { recordAudit } from '../../platform/audit';
import { todayVn, vnDate, vnMinute, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import type { Database } from '../../platform/db/schema';
import type { Kysely } from 'kysely';
import { AppError, invalidField } from '../../platform/errors';
import { newId, newSecret, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { z } from 'zod';
import type { PeopleLookups } from '../people/people.service';
import * as courses from './learning.repository';
import * as repo from './credentials.repository';
import { learningPolicy } from './learning.policy';
import { certificateNumber, foldCertificateCode, signerOf, type CertificateKind } from './lessons.rules';
import { renderCertificatePdf } from './certificate.pdf';
import { renderLearningRecordPdf } from './learning-record.pdf';
import { completionInput } from './learning.schemas';

/** Under 16 on a day (a birth date YYYY-MM-DD, or a year stored as YYYY-01-01: then by the year). */
function isChildOn(birth: string | null, day: string): boolean {
	if (!birth) return false;
	const age = Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5, 10) ? 1 : 0);
	return age < 16;
}

export interface CredentialsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	people: { lookups: PeopleLookups };
	links: Links;
	lookupMiss: LookupMiss;
	learning: { myEnrolments(auth: AuthContext): Promise<{ courseTitle: string; classTitle: string; startsOn: string; endsOn: string; venue: string; status: string }[]> };
}

const revocation = z.object({ reason: z.string().trim().min(3).max(500) }).strict();

export function createCredentialsService({ db, clock, access, people, links, learning, lookupMiss }: CredentialsDeps) {
	const k = db.kysely;
	const policy = learningPolicy(access);
	const nowIso = () => clock.now().toISOString();

	/**
	 * The certificate a code leads to, as a person types it from the paper. Codes are `newSecret(12)`:
	 * 16 random base64url characters, mixed case, which may themselves hold '-' (and '_'). So the
	 * code as given (spaces around it dropped) is looked up exactly first — a QR link always matches
	 * so, and a real code is never shadowed by another that folds alike. Only when nothing matches
	 * exactly is it compared case-insensitively, without spaces and dashes (people add them to read a
	 * code in groups, or drop the code's own); and since folding could make two codes alike, that
	 * answers a certificate only when exactly one folds to what was typed, else none.
	 */
	async function certificateAsTyped(typed: string) {
		const code = (typed ?? '').trim();
		if (!code || code.length > 80) return undefined;
		const exact = code.length <= 40 ? await repo.findCertificate(k, code) : undefined;
		if (exact) return exact;
		const folded = foldCertificateCode(code);
		if (!folded || folded.length > 40) return undefined;
		const found = await repo.findCertificatesByFoldedCode(k, folded, 2);
		return found.length === 1 ? found[0] : undefined;
	}

	/** Writes a certificate, numbered next in the organiser's book for the year, and audits it. */
	async function writeCertificate(
		trx: Kysely<Database>,
		auth: AuthContext,
		w: { kind: CertificateKind; orgId: string; orgName: string; unitId: string; title: string; hours: number; books: number | null; completionId: string | null; courseId: string | null; accountId: string | null; residentId: string | null; name: string }
	) {
		const issuedOn = todayVn(clock);
		const year = Number(issuedOn.slice(0, 4));
		const seq = await repo.nextSeq(trx, w.orgId, year);
		const id = newId();
		const code = newSecret(12);
		await repo.insertCertificate(trx, {
			id,
			code,
			number: certificateNumber(seq, year, w.orgName),
			org_id: w.orgId,
			year,
			seq,
			completion_id: w.completionId,
			course_id: w.courseId,
			account_id: w.accountId,
			resident_id: w.residentId,
			learner_name: w.name,
			course_title: w.title,
			hours: w.hours,
			issued_on: issuedOn,
			revoked_at: null,
			revoked_reason: null,
			revoked_by_account_id: null,
			kind: w.kind,
			unit_id: w.unitId,
			books: w.books
		});
		await recordAudit(trx, clock, auth, { action: 'certificate.issue', entityType: 'certificate', entityId: code, scopeUnitId: w.unitId, after: { kind: w.kind, courseId: w.courseId, seq, year } });
		return { id, code };
	}

	/** Who may revoke a certificate or read its PDF besides its holder: the course's managers, or the shelves' for a reading challenge. */
	const requireIssuer = (auth: AuthContext, c: { kind: string; unit_id: string; org_id: string }) =>
		c.kind === 'course' ? policy.requireManage(auth, c) : access.requireAccess(auth, 'library.manage', { unitId: c.unit_id, orgId: c.org_id });

	return {
		/**
		 * Records a completion and issues its certificate, numbered next in the organiser's book for
		 * the year. Answers the certificate code, or null when the learner had already completed.
		 */
		async issue(auth: AuthContext, course: courses.CourseRow, who: { accountId: string | null; residentId: string | null; name: string }): Promise<string | null> {
			return transaction(db, async (trx) => {
				// once per learner and course: a completion by account or by record already there, or
				// one written meanwhile by a concurrent issue (the unique indexes let one through)
				if (await repo.findCompletionOf(trx, course.id, who)) return null;
				const completionId = newId();
				if (!(await repo.insertCompletion(trx, { id: completionId, course_id: course.id, account_id: who.accountId, resident_id: who.residentId, hours: Number(course.expected_hours), completed_at: nowIso() }))) return null;
				const c = await writeCertificate(trx, auth, { kind: 'course', orgId: course.org_id, orgName: course.org_name, unitId: course.unit_id, title: course.title, hours: Number(course.expected_hours), books: null, completionId, courseId: course.id, accountId: who.accountId, residentId: who.residentId, name: who.name });
				return c.code;
			});
		},

		/**
		 * Issues a certificate for something other than a course (a reading challenge reached), in
		 * the caller's transaction so that what it certifies and the certificate are written together.
		 * Numbered in the organiser's book like every other.
		 */
		issueAward(trx: Kysely<Database>, auth: AuthContext, a: { kind: Exclude<CertificateKind, 'course'>; orgId: string; orgName: string; unitId: string; title: string; books: number; accountId: string; name: string }) {
			return writeCertificate(trx, auth, { ...a, hours: 0, completionId: null, courseId: null, residentId: null });
		},

		/**
		 * Closes an in-person class's results: every learner with a place who attended at least
		 * the course's share of the sessions held (80 % unless the course says otherwise) completes
		 * and receives a certificate. Only once the class has ended (its last session over), unless
		 * `early` says the manager means it; `preview` answers who would complete and issues nothing
		 * (the console shows it and asks for a confirmation). Answers who completed and who fell short.
		 */
		async completeClass(auth: AuthContext, classId: string, input: unknown = {}) {
			requireActor(auth);
			const klass = UUID_RE.test(classId) ? await courses.findClass(k, classId) : undefined;
			if (!klass) throw new AppError('not_found');
			const course = (await courses.findCourse(k, klass.course_id))!;
			await policy.requireManage(auth, course);
			const v = parseInput(completionInput, input);
			const rule = Number((JSON.parse(course.completion_json) as { attendance?: number }).attendance ?? 0.8);
			const today = todayVn(clock);
			const [{ held, present }, sessions] = await Promise.all([repo.attendanceCounts(k, klass.id, today), courses.sessionsOf(k, klass.id)]);
			if (held === 0) throw new AppError('conflict', 'errors.learning.no_sessions_held');
			// over: every session's day has passed, or today's has finished (Việt Nam time)
			const minute = vnMinute(clock.now()).slice(11);
			const remaining = sessions.filter((x) => x.date > today || (x.date === today && x.ends_at > minute)).length;
			const ended = remaining === 0;
			const learners = (await courses.enrolmentsOfClass(k, klass.id)).filter((e) => e.status === 'enrolled');
			const judged = learners.map((e) => ({ e, attended: present.get(e.id) ?? 0 }));
			const passes = (attended: number) => attended / held + 1e-9 >= rule;
			const short = judged.filter((x) => !passes(x.attended)).map((x) => ({ name: x.e.learner_name, attended: x.attended }));
			const summary = { held, total: sessions.length, remaining, ended, rule, short };
			if (v.preview) {
				// those who completed the course already (judged before, or online) are not issued again
				const done = await repo.completionsOfCourse(k, course.id);
				const has = (e: { resident_id: string | null; account_id: string | null }) => done.some((d) => (e.resident_id !== null && d.resident_id === e.resident_id) || (e.account_id !== null && d.account_id === e.account_id));
				const passing = judged.filter((x) => passes(x.attended));
				return { ...summary, preview: true, already: passing.filter((x) => has(x.e)).length, completed: passing.filter((x) => !has(x.e)).map((x) => ({ name: x.e.learner_name, certificateCode: null })) };
			}
			if (!ended && !v.early) throw new AppError('conflict', 'errors.learning.class_not_ended', { params: { held, total: sessions.length } });
			const completed: { name: string; certificateCode: string | null }[] = [];
			for (const x of judged.filter((j) => passes(j.attended))) completed.push({ name: x.e.learner_name, certificateCode: await this.issue(auth, course, { accountId: x.e.account_id, residentId: x.e.resident_id, name: x.e.learner_name }) });
			if (!ended) await recordAudit(k, clock, auth, { action: 'class.complete_early', entityType: 'class', entityId: klass.id, scopeUnitId: course.unit_id, note: `${held}/${sessions.length}` });
			return { ...summary, preview: false, completed };
		},

		/**
		 * Public: whether a certificate is valid, for whom (name only) and for what; `code` is the
		 * certificate's own (as the QR code has it), the one typed may differ in case or dashes.
		 */
		async verify(code: string, from?: { ip: string | null }) {
			const c = await certificateAsTyped(code);
			if (!c) {
				if (from) await lookupMiss(from.ip);
				throw new AppError('not_found');
			}
			return { valid: c.revoked_at === null, code: c.code, number: c.number, kind: c.kind as CertificateKind, learnerName: c.learner_name, courseTitle: c.course_title, hours: Number(c.hours), books: c.books === null ? null : Number(c.books), orgName: c.org_name, issuedOn: c.issued_on, revokedOn: c.revoked_at ? vnDate(new Date(c.revoked_at)) : null, revokedReason: c.revoked_reason };
		},

		/** The certificate as an A4 PDF, for its holder and for the course's managers. */
		async certificatePdf(auth: AuthContext, code: string) {
			requireActor(auth);
			const c = code && code.length <= 40 ? await repo.findCertificate(k, code) : undefined;
			if (!c) throw new AppError('not_found');
			if (c.account_id !== auth.actor.accountId) await requireIssuer(auth, c);
			const place = c.unit_name.replace(/^(Xã|Phường|Thị trấn|Đặc khu) /, '');
			const bytes = await renderCertificatePdf({ number: c.number, learnerName: c.learner_name, gender: c.holder_gender, child: isChildOn(c.holder_birth, c.issued_on), kind: c.kind as CertificateKind, books: c.books === null ? null : Number(c.books), courseTitle: c.course_title, hours: Number(c.hours), orgName: c.org_name, signer: signerOf(c.org_kind), placeName: place, issuedOn: c.issued_on, verifyUrl: links.verifyCertificate(c.code), code: c.code });
			return { bytes, fileName: `giay-chung-nhan-${c.year}-${c.seq}.pdf`, revoked: c.revoked_at !== null };
		},

		async revoke(auth: AuthContext, code: string, input: unknown) {
			requireActor(auth);
			const c = code && code.length <= 40 ? await repo.findCertificate(k, code) : undefined;
			if (!c) throw new AppError('not_found');
			await requireIssuer(auth, c);
			const v = parseInput(revocation, input);
			await transaction(db, async (trx) => {
				if (!(await repo.revokeCertificate(trx, c.id, nowIso(), auth.actor!.accountId, v.reason))) throw invalidField('reason', 'errors.learning.already_revoked');
				await recordAudit(trx, clock, auth, { action: 'certificate.revoke', entityType: 'certificate', entityId: c.code, scopeUnitId: c.unit_id, note: v.reason });
			});
			return this.verify(code);
		},

		/** The learner's record as an A4 PDF: who they are (from their record when linked), courses, classes, certificates. */
		async recordPdf(auth: AuthContext) {
			const [record, classes] = await Promise.all([this.record(auth), learning.myEnrolments(auth)]);
			const r = await people.lookups.residentOfAccount(auth.actor!.accountId);
			return renderLearningRecordPdf({
				learnerName: r?.full_name ?? auth.actor!.displayName,
				birthDate: r?.birth_date ?? null,
				birthPrecision: r?.birth_precision === 'year' ? 'year' : 'day',
				villageName: r ? r.village_name : null,
				generatedOn: todayVn(clock),
				hours: record.hours,
				completions: record.completions,
				classes: classes.map((c) => ({ ...c, status: c.status === 'waiting' ? 'waiting' : 'enrolled' })),
				certificates: record.certificates.map((c) => ({ number: c.number, courseTitle: c.courseTitle, orgName: c.orgName, issuedOn: c.issuedOn, revoked: c.revoked, verifyUrl: links.verifyCertificate(c.code) }))
			});
		},

		/** The learner's whole record as one download: the classes with a place, and what `record` holds. */
		async recordExport(auth: AuthContext) {
			const [record, classes] = await Promise.all([this.record(auth), learning.myEnrolments(auth)]);
			return { classes, ...record };
		},

		/** The learner's record: completed courses, hours and certificates. */
		async record(auth: AuthContext) {
			requireActor(auth);
			const [completions, certificates] = await Promise.all([repo.completionsOf(k, auth.actor.accountId), repo.certificatesOf(k, auth.actor.accountId)]);
			return {
				completions: completions.map((m) => ({ courseId: m.course_id, title: m.title, mode: m.mode, orgName: m.org_name, hours: Number(m.hours), completedAt: m.completed_at })),
				certificates: certificates.map((c) => ({ code: c.code, number: c.number, kind: c.kind as CertificateKind, books: c.books === null ? null : Number(c.books), courseTitle: c.course_title, orgName: c.org_name, issuedOn: c.issued_on, revoked: c.revoked_at !== null })),
				hours: completions.reduce((a, m) => a + Number(m.hours), 0)
			};
		}
	};
}

export type CredentialsService = ReturnType<typeof createCredentialsService>;
