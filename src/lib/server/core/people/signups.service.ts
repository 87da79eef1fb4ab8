/**
 * Residents' own accounts. A resident signs up with name, birth date, village, a phone or an
 * email, and a password; the account works at once for public pages and courses. When
 * exactly one registry record matches and the email is confirmed (a link sent by email), the
 * account is linked to it; otherwise the sign-up waits for an officer in scope, who links it,
 * creates the record, or refuses with a reason. Until linked, no registry data is shown.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { UUID_RE, newId } from '../../platform/ids';
import type { Outbox } from '../../platform/mail';
import type { Links } from '../../platform/links';
import { normalizeVi } from '../../platform/text';
import { parseInput } from '../../platform/validation';
import type { AccountsService } from '../accounts/accounts.service';
import { ONE_TIME_RULES } from '../accounts/accounts.policy';
import { normalizeLogin } from '../accounts/accounts.schemas';
import type { PlaceLookups } from '../places/places.service';
import * as repo from './people.repository';
import { confirmEmailMail, refusalMail } from './signups.messages';
import { villageTarget } from './people.policy';
import * as signupsRepo from './signups.repository';
import type { PeopleService } from './people.service';
import { signupInput, signupLink, signupQueueQuery, signupRefusal } from './people.schemas';

export interface SignupsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	accounts: AccountsService;
	people: PeopleService;
	outbox: Outbox;
	links: Links;
	places: { lookups: PlaceLookups };
}

export type SignupStatus = 'awaiting_email' | 'queued' | 'linked' | 'refused';
const PAGE = 50;

type SignupRow = NonNullable<Awaited<ReturnType<typeof signupsRepo.findSignup>>>;

function signupOut(s: SignupRow) {
	return {
		id: s.id,
		fullName: s.full_name,
		birthDate: s.birth_date,
		gender: s.gender,
		villageId: s.village_id,
		villageName: s.village_name,
		phone: s.phone,
		email: s.email,
		status: s.status as SignupStatus,
		matchCount: Number(s.match_count),
		emailConfirmed: s.email_confirmed_at !== null,
		refusalReason: s.refusal_reason,
		createdAt: s.created_at,
		resolvedAt: s.resolved_at
	};
}
export type SignupOut = ReturnType<typeof signupOut>;

export function createSignupsService({ db, clock, access, accounts, people, outbox, places, links }: SignupsDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const nowIso = () => clock.now().toISOString();

	async function requireOpen(auth: AuthContext, id: string): Promise<SignupRow> {
		requireActor(auth);
		const s = UUID_RE.test(id) ? await signupsRepo.findSignup(k, id) : undefined;
		if (!s) throw new AppError('not_found');
		await access.requireAccess(auth, 'people.manage', villageTarget(s));
		if (s.status !== 'awaiting_email' && s.status !== 'queued') throw new AppError('conflict', 'errors.signup.resolved');
		return s;
	}

	async function sendConfirmation(s: { id: string; email: string | null; full_name: string }, accountId: string): Promise<boolean> {
		if (!s.email) return false;
		const secret = await accounts.issueOneTimeToken('email_confirm', accountId, { ttlMs: ONE_TIME_RULES.emailConfirmMs, signupId: s.id });
		return outbox.post(confirmEmailMail(s.email, s.full_name, links.confirmSignup(secret)), `Thư xác nhận địa chỉ của yêu cầu đăng ký ${s.id}`);
	}

	/** Links in one transaction: the resident to the account, the sign-up resolved, audited. */
	async function linkNow(auth: AuthContext, s: SignupRow, residentId: string, how: string): Promise<void> {
		const at = nowIso();
		await transaction(db, async (trx) => {
			if (!(await signupsRepo.resolveSignup(trx, s.id, { status: 'linked', resident_id: residentId, resolved_by_account_id: auth.actor?.accountId ?? null, resolved_at: at, updated_at: at }))) throw new AppError('conflict', 'errors.signup.resolved');
			if (!(await repo.linkAccount(trx, residentId, s.account_id, at))) throw new AppError('conflict', 'errors.signup.already_linked');
			await recordAudit(trx, clock, auth, { action: 'signup.link', entityType: 'resident', entityId: residentId, scopeUnitId: s.village_id, after: { signupId: s.id, accountId: s.account_id, how } });
		});
	}

	return {
		async signUp(info: { ip: string | null; userAgent: string | null }, input: unknown) {
			const v = parseInput(signupInput, input);
			await accounts.throttleAddress('signup', info.ip);
			if (v.birthDate > today()) throw invalidField('birthDate', 'errors.people.birth_date');
			const village = await places.lookups.unit(v.villageId);
			const t = today();
			if (!village || village.level !== 'village' || village.valid_from > t || (village.valid_until !== null && village.valid_until <= t)) throw invalidField('villageId', 'errors.people.unknown_village');
			const login = v.email ?? normalizeLogin(v.phone!);
			const searchText = normalizeVi(v.fullName);
			const matches = await signupsRepo.signupMatches(k, searchText, v.birthDate, v.villageId, 2);
			const status: SignupStatus = v.email && matches.length === 1 ? 'awaiting_email' : 'queued';
			const id = newId();
			const at = nowIso();
			const auth: AuthContext = { actor: null, ip: info.ip, userAgent: info.userAgent, locale: 'vi' };
			const accountId = await accounts.createResidentAccount(auth, { login, loginField: v.email ? 'email' : 'phone', displayName: v.fullName, email: v.email ?? null, password: v.password }, async (trx, accountId) => {
				await signupsRepo.insertSignup(trx, {
					id,
					account_id: accountId,
					full_name: v.fullName,
					birth_date: v.birthDate,
					gender: v.gender,
					village_id: v.villageId,
					phone: v.phone ?? null,
					email: v.email ?? null,
					search_text: searchText,
					status,
					match_count: matches.length,
					match_resident_id: matches.length === 1 ? matches[0]!.id : null,
					email_confirmed_at: null,
					resident_id: null,
					resolved_by_account_id: null,
					resolved_at: null,
					refusal_reason: null,
					created_at: at,
					updated_at: at
				});
			});
			const emailSent = await sendConfirmation({ id, email: v.email ?? null, full_name: v.fullName }, accountId);
			return { signupId: id, login, status, emailSent, mailDelivered: outbox.delivers };
		},

		/** The emailed link: confirms the address and, when one record matched, links it. */
		async confirmEmail(token: string) {
			const { signupId } = await accounts.consumeOneTimeToken(token, 'email_confirm');
			const s = signupId ? await signupsRepo.findSignup(k, signupId) : undefined;
			if (!s) throw new AppError('invalid', 'errors.token.invalid');
			await signupsRepo.updateSignup(k, s.id, { email_confirmed_at: nowIso(), updated_at: nowIso() });
			if (s.status === 'awaiting_email' && s.match_resident_id) {
				// the registry may have changed since: link only if the match is still the only one
				const now = await signupsRepo.signupMatches(k, s.search_text, s.birth_date, s.village_id, 2);
				const auth: AuthContext = { actor: null, ip: null, userAgent: 'email-confirmation', locale: 'vi' };
				if (now.length === 1 && now[0]!.id === s.match_resident_id) {
					try {
						await linkNow(auth, s, s.match_resident_id, 'email_confirmation');
					} catch (e) {
						if (!(e instanceof AppError)) throw e;
						await signupsRepo.resolveSignup(k, s.id, { status: 'queued', updated_at: nowIso() });
					}
				} else await signupsRepo.updateSignup(k, s.id, { status: 'queued', updated_at: nowIso() });
			}
			return signupOut((await signupsRepo.findSignup(k, s.id))!);
		},

		/** Sends the confirmation link again (the first may be lost or expired); at most once a minute. */
		async resendConfirmation(auth: AuthContext): Promise<{ sent: boolean }> {
			requireActor(auth);
			const s = await signupsRepo.latestSignupOf(k, auth.actor.accountId);
			if (!s || !s.email || s.email_confirmed_at || (s.status !== 'awaiting_email' && s.status !== 'queued')) throw new AppError('conflict', 'errors.signup.nothing_to_confirm');
			const last = await accounts.lastOneTimeTokenAt(auth.actor.accountId, 'email_confirm');
			if (last && clock.now().getTime() - new Date(last).getTime() < ONE_TIME_RULES.resendAfterMs) return { sent: false };
			return { sent: await sendConfirmation(s, auth.actor.accountId) };
		},

		/** The signed-in resident's latest sign-up, if any. */
		async mine(auth: AuthContext) {
			requireActor(auth);
			const s = await signupsRepo.latestSignupOf(k, auth.actor.accountId);
			return s ? signupOut(s) : null;
		},

		/** Sign-ups waiting for an officer, in scope, oldest first. */
		async queue(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'people.manage');
			const v = parseInput(signupQueueQuery, input);
			const { rows, total } = await signupsRepo.listOpenSignups(k, scope, today(), PAGE, (v.page - 1) * PAGE);
			return { items: rows.map(signupOut), total, page: v.page, pageSize: PAGE };
		},

		/** One waiting sign-up with the registry records it might be. */
		async get(auth: AuthContext, id: string) {
			requireActor(auth);
			const s = UUID_RE.test(id) ? await signupsRepo.findSignup(k, id) : undefined;
			if (!s) throw new AppError('not_found');
			await access.requireAccess(auth, 'people.manage', villageTarget(s));
			const candidates = s.status === 'queued' || s.status === 'awaiting_email' ? await signupsRepo.signupCandidates(k, s) : [];
			// a record knowing only the year of birth is at most a possible match (never `exact`)
			const yearOnly = (c: { birth_precision?: string | undefined }) => c.birth_precision === 'year';
			return {
				...signupOut(s),
				candidates: candidates.map((c) => ({
					id: c.id,
					fullName: c.full_name,
					birthDate: c.birth_date,
					birthPrecision: yearOnly(c) ? ('year' as const) : ('day' as const),
					villageName: c.village_name,
					exact: c.search_text === s.search_text && c.birth_date === s.birth_date && !yearOnly(c)
				}))
			};
		},

		async link(auth: AuthContext, id: string, input: unknown) {
			const s = await requireOpen(auth, id);
			const v = parseInput(signupLink, input);
			const r = await repo.findResident(k, v.residentId);
			if (!r || !(await access.allows(auth, 'people.manage', villageTarget(r)))) throw invalidField('residentId', 'errors.signup.no_resident');
			await linkNow(auth, s, r.id, 'officer');
			return signupOut((await signupsRepo.findSignup(k, id))!);
		},

		/** No record yet: the officer creates it from the sign-up and links it. */
		async createRecord(auth: AuthContext, id: string) {
			const s = await requireOpen(auth, id);
			const r = await people.create(auth, { fullName: s.full_name, birthDate: s.birth_date, gender: s.gender, villageId: s.village_id, phone: s.phone ?? '', email: s.email ?? '' });
			await linkNow(auth, s, r.id, 'officer_created');
			return signupOut((await signupsRepo.findSignup(k, id))!);
		},

		async refuse(auth: AuthContext, id: string, input: unknown) {
			const s = await requireOpen(auth, id);
			const v = parseInput(signupRefusal, input);
			const at = nowIso();
			await transaction(db, async (trx) => {
				if (!(await signupsRepo.resolveSignup(trx, s.id, { status: 'refused', refusal_reason: v.reason, resolved_by_account_id: auth.actor!.accountId, resolved_at: at, updated_at: at }))) throw new AppError('conflict', 'errors.signup.resolved');
				await recordAudit(trx, clock, auth, { action: 'signup.refuse', entityType: 'signup', entityId: s.id, scopeUnitId: s.village_id, note: v.reason });
			});
			if (s.email && s.email_confirmed_at) await outbox.post(refusalMail(s.email, s.full_name, v.reason), `Thư báo từ chối yêu cầu đăng ký ${s.id}`);
			return signupOut((await signupsRepo.findSignup(k, id))!);
		},

		/** An officer's password reset for a linked resident in scope: a one-day link to hand over. */
		async resetLinkFor(auth: AuthContext, residentId: string) {
			requireActor(auth);
			const r = UUID_RE.test(residentId) ? await repo.findResident(k, residentId) : undefined;
			if (!r) throw new AppError('not_found');
			await access.requireAccess(auth, 'people.manage', villageTarget(r));
			if (!r.account_id) throw new AppError('conflict', 'errors.signup.not_linked');
			return accounts.issueResetLinkByOfficer(auth, r.account_id);
		}
	};
}

export type SignupsService = ReturnType<typeof createSignupsService>;
