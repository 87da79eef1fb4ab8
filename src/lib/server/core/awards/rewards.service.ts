/**
 * Reward regulations and the awards made under them (DOMAIN.md §5). A fund's regulation is
 * versioned: publishing adds a version and never touches one in use, and a proposal keeps the rule
 * and the amount it was made under. An award is approved or refused once; approved awards are
 * paid in batches, all or none, in one transaction that writes the fund's book (purpose 'reward')
 * through the funds service and keeps each entry's id — an award is never paid twice, nor one that
 * was not approved, however many payouts run at once. Every write is audited.
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import type { FileStore } from '../../platform/files';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { parseInput } from '../../platform/validation';
import type { FundsService } from '../funds/funds.service';
import * as repo from './awards.repository';
import { canDecide, payRefusal, ruleLabel } from './awards.rules';
import { awardListQuery, MAX_EVIDENCE_BYTES, payoutInput, proposalDecision, proposalInput, proposalListQuery, regulationInput, type ProposalOut, type RegulationOut } from './awards.schemas';
import { awardListPdf } from './awards.pdf';
import { awardListXlsx } from './awards.xlsx';
import { isUniqueViolation } from '../../platform/db/dialect';

export interface RewardsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	funds: FundsService;
	files: FileStore;
}

/** What an evidence file may be, told by its first bytes (a name can say anything). */
export function evidenceType(bytes: Uint8Array): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
	const b = (i: number) => bytes[i];
	if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'application/pdf';
	if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
	if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
	return null;
}

export const proposalOut = (p: repo.ProposalRow): ProposalOut => ({
	id: p.id,
	fundId: p.fund_id,
	regulationId: p.regulation_id,
	regulationVersion: Number(p.regulation_version),
	ruleId: p.rule_id,
	ruleLabel: p.rule_label,
	amount: Number(p.amount),
	personName: p.person_name,
	residentId: p.resident_id,
	details: p.details,
	evidence: p.evidence,
	evidenceFile: p.evidence_file_name,
	schoolYear: p.school_year,
	status: p.status as ProposalOut['status'],
	proposedAt: p.proposed_at,
	decidedAt: p.decided_at,
	decisionNote: p.decision_note,
	paidEntryId: p.paid_entry_id,
	paidOn: p.paid_on
});

export function createRewardsService({ db, clock, access, funds, files }: RewardsDeps) {
	const k = db.kysely;
	const today = () => todayVn(clock);
	const targetOf = (f: { unitId: string; orgId: string | null }) => ({ unitId: f.unitId, orgId: f.orgId });

	/** The fund, read with funds.view (out of scope: not found), and what the actor may do with its awards. */
	async function fundFor(auth: AuthContext, fundId: string) {
		const f = await funds.get(auth, fundId);
		return { fund: f, canPropose: await access.allows(auth, 'awards.propose', targetOf(f)), canManage: f.can.manage };
	}

	async function regulations(fundId: string): Promise<RegulationOut[]> {
		const regs = await repo.regulationsOf(k, fundId);
		const rules = await repo.rulesOf(
			k,
			regs.map((r) => r.id)
		);
		return regs.map((g, i) => ({
			id: g.id,
			fundId: g.fund_id,
			version: Number(g.version),
			title: g.title,
			effectiveFrom: g.effective_from,
			note: g.note,
			isExample: Number(g.is_example) === 1,
			current: i === 0,
			createdAt: g.created_at,
			rules: rules.filter((r) => r.regulation_id === g.id).map((r) => ({ id: r.id, achievement: r.achievement as RegulationOut['rules'][number]['achievement'], level: r.level as RegulationOut['rules'][number]['level'], label: r.label, amount: Number(r.amount), note: r.note }))
		}));
	}

	/** Loads proposals by id, each fund reached with funds.manage (any out of scope: not found). */
	async function proposalsToManage(auth: AuthContext, ids: string[]) {
		const rows = await repo.findProposals(k, ids);
		if (rows.length !== ids.length) throw new AppError('not_found');
		const unitOf = new Map<string, string>();
		for (const id of new Set(rows.map((r) => r.fund_id))) {
			const f = await funds.get(auth, id);
			await access.requireAccess(auth, 'funds.manage', targetOf(f));
			unitOf.set(id, f.unitId);
		}
		return rows.map((r) => ({ ...r, unit_id: unitOf.get(r.fund_id)! }));
	}

	return {
		/** A fund's regulation, every version (the current first), and what the actor may do. */
		async regulationsOf(auth: AuthContext, fundId: string) {
			const { fund, canPropose, canManage } = await fundFor(auth, fundId);
			return { fund: { id: fund.id, name: fund.name, balance: fund.balance, unitName: fund.unitName }, versions: await regulations(fund.id), can: { publish: canManage, propose: canPropose, decide: canManage, pay: canManage } };
		},

		/**
		 * Publishes the next version of a fund's regulation: a new row with its rules, never a change
		 * to one in use (awards already proposed keep theirs).
		 */
		async publish(auth: AuthContext, fundId: string, input: unknown, opts: { example?: boolean } = {}): Promise<RegulationOut> {
			const { fund, canManage } = await fundFor(auth, fundId);
			if (!canManage) throw new AppError('not_found');
			const v = parseInput(regulationInput, input);
			const at = clock.now().toISOString();
			const id = newId();
			try {
				await transaction(db, async (trx) => {
					const version = (await repo.latestVersion(trx, fund.id)) + 1;
					await repo.insertRegulation(trx, { id, fund_id: fund.id, version, title: v.title, effective_from: v.effectiveFrom, note: v.note ?? null, is_example: opts.example ? 1 : 0, created_by_account_id: auth.actor!.accountId, created_at: at });
					await repo.insertRules(
						trx,
						v.rules.map((r, i) => ({ id: newId(), regulation_id: id, position: i + 1, achievement: r.achievement, level: r.level, label: r.label ?? ruleLabel(r.achievement, r.level), amount: r.amount, note: r.note ?? null }))
					);
					await recordAudit(trx, clock, auth, { action: 'reward_regulation.publish', entityType: 'reward_regulation', entityId: id, scopeUnitId: fund.unitId, after: { fundId: fund.id, version, title: v.title, rules: v.rules.length } });
				});
			} catch (e) {
				// two versions published at once: the unique (fund, version) lets one through
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.awards.version_race');
				throw e;
			}
			return (await regulations(fund.id)).find((r) => r.id === id)!;
		},

		/** Proposes an award under a rule of the fund's current regulation, with its evidence (and a scan or photo of it: PDF, JPEG, PNG). */
		async propose(auth: AuthContext, input: unknown, file: { name: string | null; bytes: Uint8Array } | null = null): Promise<ProposalOut> {
			requireActor(auth);
			const v = parseInput(proposalInput, input);
			const rule = await repo.findRule(k, v.ruleId);
			if (!rule) throw invalidField('ruleId', 'errors.awards.rule');
			const { fund, canPropose } = await fundFor(auth, rule.fund_id);
			if (!canPropose) throw new AppError('not_found');
			if (Number(rule.version) !== (await repo.latestVersion(k, fund.id))) throw invalidField('ruleId', 'errors.awards.rule_outdated');
			if (v.residentId) {
				const r = await repo.residentBasics(k, v.residentId);
				if (!r || !(await access.allows(auth, 'awards.propose', { unitId: r.village_id }))) throw invalidField('residentId', 'errors.awards.resident');
			}
			if (file && file.bytes.byteLength > MAX_EVIDENCE_BYTES) throw invalidField('file', 'errors.awards.file_size');
			if (file && !evidenceType(file.bytes)) throw invalidField('file', 'errors.awards.file_type');
			const at = clock.now().toISOString();
			const id = newId();
			// the file first; a refusal below takes it away again
			const ext = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
			const fileKey = file ? `awards/${id}-evidence.${ext[evidenceType(file.bytes)!]}` : null;
			if (file) await files.put(fileKey!, file.bytes);
			const fileName = file ? (file.name ?? 'minh-chung').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) : null;
			await transaction(db, async (trx) => {
				await repo.insertProposal(trx, { id, fund_id: fund.id, regulation_id: rule.regulation_id, rule_id: rule.id, amount: Number(rule.amount), person_name: v.personName, resident_id: v.residentId ?? null, details: v.details ?? null, evidence: v.evidence, evidence_file_key: fileKey, evidence_file_name: fileName, school_year: v.schoolYear, status: 'proposed', proposed_by_account_id: auth.actor.accountId, proposed_at: at, decided_by_account_id: null, decided_at: null, decision_note: null, paid_entry_id: null, paid_on: null, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'reward_proposal.create', entityType: 'reward_proposal', entityId: id, scopeUnitId: fund.unitId, after: { fundId: fund.id, ruleId: rule.id, version: Number(rule.version), amount: Number(rule.amount), schoolYear: v.schoolYear, file: !!file } });
			}).catch(async (e: unknown) => {
				if (fileKey) await files.delete(fileKey);
				throw e;
			});
			return proposalOut((await repo.findProposal(k, id))!);
		},

		/** The evidence file of a proposal, to whoever may read the fund's awards. */
		async evidenceFile(auth: AuthContext, id: string): Promise<{ name: string; type: string; bytes: Uint8Array }> {
			requireActor(auth);
			const p = typeof id === 'string' && UUID_RE.test(id) ? await repo.findProposal(k, id) : undefined;
			if (!p) throw new AppError('not_found');
			await funds.get(auth, p.fund_id);
			const bytes = p.evidence_file_key ? await files.get(p.evidence_file_key) : null;
			if (!bytes) throw new AppError('not_found');
			return { name: p.evidence_file_name ?? 'minh-chung', type: evidenceType(bytes) ?? 'application/octet-stream', bytes };
		},

		/** Proposals of the funds the actor may read (?fund=, ?status=), latest first. */
		async list(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'funds.view');
			const v = parseInput(proposalListQuery, input);
			if (v.fund) await funds.get(auth, v.fund);
			return { items: (await repo.proposalsInScope(k, scope, today(), { fundId: v.fund, status: v.status })).map(proposalOut) };
		},

		/** Approves or refuses a waiting proposal (a refusal says why); once. */
		async decide(auth: AuthContext, id: string, input: unknown): Promise<ProposalOut> {
			requireActor(auth);
			if (typeof id !== 'string' || !UUID_RE.test(id)) throw new AppError('not_found');
			const [p] = await proposalsToManage(auth, [id]);
			const v = parseInput(proposalDecision, input);
			if (!canDecide(p!.status)) throw new AppError('conflict', 'errors.awards.decided');
			const at = clock.now().toISOString();
			await transaction(db, async (trx) => {
				const status = v.decision === 'approve' ? 'approved' : 'rejected';
				if (!(await repo.decideProposal(trx, p!.id, { status, decided_by_account_id: auth.actor.accountId, decided_at: at, decision_note: v.note ?? null }))) throw new AppError('conflict', 'errors.awards.decided');
				await recordAudit(trx, clock, auth, { action: `reward_proposal.${v.decision}`, entityType: 'reward_proposal', entityId: p!.id, scopeUnitId: p!.unit_id, before: { status: p!.status }, after: { status }, note: v.note ?? undefined });
			});
			return proposalOut((await repo.findProposal(k, p!.id))!);
		},

		/**
		 * Pays approved awards: in one transaction, each marked paid (only if still approved and
		 * unpaid) then written in its fund's book; any refusal — one not approved, one already paid,
		 * a balance too small — rolls the whole batch back. Proposals are marked in the order of
		 * their ids before any fund is held, so concurrent payouts never wait on each other in a circle.
		 */
		async pay(auth: AuthContext, input: unknown): Promise<{ items: ProposalOut[]; total: number }> {
			requireActor(auth);
			const v = parseInput(payoutInput, input);
			const rows = (await proposalsToManage(auth, v.ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
			for (const p of rows) {
				const why = payRefusal(p);
				if (why) throw new AppError('conflict', why, { params: { name: p.person_name } });
			}
			const at = clock.now().toISOString();
			try {
				await transaction(db, async (trx) => {
					for (const p of rows) if (!(await repo.markPaid(trx, p.id, at, v.paidOn))) throw new AppError('conflict', 'errors.awards.already_paid', { params: { name: p.person_name } });
					const byFund = [...rows].sort((a, b) => (a.fund_id === b.fund_id ? (a.id < b.id ? -1 : 1) : a.fund_id < b.fund_id ? -1 : 1));
					for (const p of byFund) {
						const entry = await funds.payIn(trx, auth, p.fund_id, { amount: Number(p.amount), purpose: 'reward', payeeName: p.person_name, paidOn: v.paidOn, note: `${p.rule_label} — năm học ${p.school_year}` });
						await repo.setPaidEntry(trx, p.id, entry.id);
						await recordAudit(trx, clock, auth, { action: 'reward_proposal.pay', entityType: 'reward_proposal', entityId: p.id, scopeUnitId: p.unit_id, before: { status: 'approved' }, after: { status: 'paid', entryId: entry.id, amount: Number(p.amount) } });
					}
				});
			} catch (e) {
				if (isUniqueViolation(e)) throw new AppError('conflict', 'errors.awards.already_paid', { params: { name: '' } });
				throw e;
			}
			const paid = await repo.findProposals(k, v.ids);
			return { items: paid.map(proposalOut), total: paid.reduce((t, p) => t + Number(p.amount), 0) };
		},

		/** The printable award list of a fund (approved and paid awards; ?schoolYear=, ?format=xlsx|pdf): to print and sign for. */
		async awardList(auth: AuthContext, fundId: string, input: unknown): Promise<{ filename: string; body: Buffer; type: string }> {
			const { fund } = await fundFor(auth, fundId);
			const v = parseInput(awardListQuery, input);
			const rows = await repo.awardList(k, fund.id, v.schoolYear ?? null);
			const list = { fundName: fund.name, unitName: fund.unitName, schoolYear: v.schoolYear ?? null, awards: rows.map((r) => ({ name: r.person_name, achievement: r.details ?? '', rule: r.rule_label, amount: Number(r.amount), paid: r.status === 'paid' })) };
			const name = `danh-sach-khen-thuong${v.schoolYear ? `-${v.schoolYear}` : ''}`;
			if (v.format === 'pdf') return { filename: `${name}.pdf`, body: await awardListPdf({ ...list, madeOn: today() }), type: 'application/pdf' };
			return { filename: `${name}.xlsx`, body: await awardListXlsx(list), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
		}
	};
}

export type RewardsService = ReturnType<typeof createRewardsService>;
