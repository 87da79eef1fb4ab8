import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import { ageOn, missingParties, partiesNeeded, type Party } from './consents.rules';
import * as repo from './people.repository';
import * as consentsRepo from './consents.repository';
import { CONSENT_PURPOSES, consentRecord, type ConsentPurpose } from './people.schemas';

export interface ConsentsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
}

export function createConsentsService({ db, clock, access }: ConsentsDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);

	async function resident(auth: AuthContext, id: string, permission: 'people.view' | 'people.manage') {
		requireActor(auth);
		const r = UUID_RE.test(id) ? await repo.findActiveResidentBasics(k, id) : undefined;
		if (!r) throw new AppError('not_found');
		await access.requireAccess(auth, permission, { unitId: r.village_id });
		return r;
	}

	const activeParties = async (residentId: string, purpose: ConsentPurpose): Promise<Party[]> => (await consentsRepo.activeConsentParties(k, residentId, purpose)) as Party[];

	return {
		/** Whether a purpose is consented today; modules ask this before using personal data. */
		async hasConsent(residentId: string, purpose: ConsentPurpose): Promise<boolean> {
			const r = await repo.findActiveResidentBasics(k, residentId);
			if (!r) return false;
			return missingParties(ageOn(r.birth_date, today()), await activeParties(residentId, purpose)).length === 0;
		},

		/** Every purpose with its state, and the acts recorded (given and withdrawn). */
		async status(auth: AuthContext, residentId: string) {
			const r = await resident(auth, residentId, 'people.view');
			const age = ageOn(r.birth_date, today());
			const rows = await consentsRepo.consentsOf(k, residentId);
			return {
				age,
				needs: partiesNeeded(age),
				purposes: CONSENT_PURPOSES.map((purpose) => {
					const given = rows.filter((x) => x.purpose === purpose && !x.withdrawn_at).map((x) => x.given_by as Party);
					const missing = missingParties(age, given);
					return { purpose, granted: missing.length === 0, missing };
				}),
				records: rows.map((x) => ({ id: x.id, purpose: x.purpose, givenBy: x.given_by, guardianName: x.guardian_name, method: x.method, givenAt: x.given_at, withdrawnAt: x.withdrawn_at }))
			};
		},

		/** Records one party's consent (an officer entering a paper form, or the person online). */
		async record(auth: AuthContext, residentId: string, input: unknown) {
			const r = await resident(auth, residentId, 'people.manage');
			const v = parseInput(consentRecord, input);
			const id = newId();
			const now = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await consentsRepo.insertConsent(trx, { id, resident_id: residentId, purpose: v.purpose, given_by: v.givenBy, guardian_name: v.guardianName ?? null, method: v.method, recorded_by_account_id: auth.actor!.accountId, given_at: now, withdrawn_at: null, withdrawn_by_account_id: null });
				await recordAudit(trx, clock, auth, { action: 'consent.give', entityType: 'resident', entityId: residentId, scopeUnitId: r.village_id, after: { consentId: id, purpose: v.purpose, givenBy: v.givenBy, method: v.method } });
			});
			return this.status(auth, residentId);
		},

		async withdraw(auth: AuthContext, consentId: string) {
			requireActor(auth);
			const c = UUID_RE.test(consentId) ? await consentsRepo.findConsent(k, consentId) : undefined;
			if (!c || c.withdrawn_at) throw new AppError('not_found');
			const r = await resident(auth, c.resident_id, 'people.manage');
			await transaction(db, async (trx) => {
				await consentsRepo.withdrawConsents(trx, { id: consentId }, clock.now().toISOString(), auth.actor!.accountId);
				await recordAudit(trx, clock, auth, { action: 'consent.withdraw', entityType: 'resident', entityId: c.resident_id, scopeUnitId: r.village_id, before: { consentId, purpose: c.purpose, givenBy: c.given_by } });
			});
			return this.status(auth, c.resident_id);
		}
	};
}

export type ConsentsService = ReturnType<typeof createConsentsService>;
