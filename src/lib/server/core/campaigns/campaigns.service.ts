/**
 * Learning campaigns (DOMAIN.md §1): the Lifelong Learning Week, the Book and Reading Culture
 * Day, a digital-literacy month. The city or a commune opens one for a year with its theme,
 * dates and plan; the plan is a list of directives, each for kinds of actors, with a deadline and
 * the figures to report. In a commune's campaign each directive becomes an assignment for each
 * holder — every school, centre, association branch or agency of the commune the directive's
 * actors name, or the commune itself for actors that are not in the directory. A commune's
 * campaign may follow the city's and inherits its directives (and any the city adds later).
 * Holders mark progress and file their figures and a short report; the commune sees who has not
 * reported and sends them a reminder by email (the outbox).
 */
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { addDays, todayVn, vnDayStart, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import type { NewRow } from '../../platform/db/schema';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import type { Outbox } from '../../platform/mail';
import { parseInput } from '../../platform/validation';
import { normalizeVi } from '../../platform/text';
import type { PlaceLookups } from '../places/places.service';
import { ACTOR_KINDS, assignmentTarget, campaignTarget, HOLDERS, type ActorKind } from './campaigns.policy';
import * as repo from './campaigns.repository';
import * as reports from './campaigns.report.repository';
import { weekReportPdf, weekReportXlsx, type WeekReport, type WeekReportRow } from './week-report';
import { assignmentReport, campaignCreate, figuresFromLines, campaignListQuery, directiveCreate, type AssignmentOut, type CampaignOut, type DirectiveOut } from './campaigns.schemas';

export interface CampaignsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	outbox: Outbox;
	places: { lookups: PlaceLookups };
}

type K = Db['kysely'];

const parseJson = <T>(s: string, fallback: T): T => {
	try {
		return JSON.parse(s) as T;
	} catch {
		return fallback;
	}
};

const directiveOut = (d: { id: string; campaign_id: string; position: number; title: string; body: string; actor_kinds: string; due_on: string; figures: string }, ownCampaignId: string): DirectiveOut => ({
	id: d.id,
	campaignId: d.campaign_id,
	inherited: d.campaign_id !== ownCampaignId,
	position: Number(d.position),
	title: d.title,
	body: d.body,
	actorKinds: d.actor_kinds.split(',').filter(Boolean),
	dueOn: d.due_on,
	figures: parseJson<{ key: string; label: string }[]>(d.figures, [])
});

export const REMINDER_MAIL = (t: { campaign: string; directive: string; dueOn: string; holder: string }) => ({
	subject: `Nhắc báo cáo: ${t.directive}`,
	text: [`Kính gửi ${t.holder},`, '', `Trong “${t.campaign}”, nhiệm vụ “${t.directive}” (hạn ${t.dueOn}) chưa có báo cáo.`, 'Xin cập nhật tiến độ, số liệu và báo cáo ngắn trên Suốt Đời (mục Đợt hưởng ứng).', '', `Reminder: “${t.directive}” in “${t.campaign}” (due ${t.dueOn}) has not been reported yet.`].join('\n')
});

export function createCampaignsService({ db, clock, access, outbox, places }: CampaignsDeps) {
	const k = db.kysely;
	const nowIso = () => clock.now().toISOString();
	const today = () => todayVn(clock);

	async function campaignOut(auth: AuthContext, c: repo.CampaignRow): Promise<CampaignOut> {
		return {
			id: c.id,
			level: c.level as CampaignOut['level'],
			unitId: c.unit_id,
			unitName: c.unit_name,
			parentCampaignId: c.parent_campaign_id,
			year: Number(c.year),
			kind: c.kind as CampaignOut['kind'],
			title: c.title,
			theme: c.theme,
			startsOn: c.starts_on,
			endsOn: c.ends_on,
			plan: c.plan,
			reportDueOn: c.report_due_on,
			reportSubmittedAt: c.report_submitted_at,
			can: { manage: await access.allows(auth, 'campaigns.manage', campaignTarget(c)) }
		};
	}

	const assignmentOut = (a: repo.AssignmentRow): AssignmentOut => ({
		id: a.id,
		campaignId: a.campaign_id,
		campaignTitle: a.campaign_title,
		directive: directiveOut({ id: a.directive_id, campaign_id: a.directive_campaign_id, position: a.position, title: a.title, body: a.body, actor_kinds: a.actor_kinds, due_on: a.due_on, figures: a.figure_defs }, a.campaign_id),
		unitId: a.unit_id,
		unitName: a.unit_name,
		orgId: a.org_id,
		orgName: a.org_name,
		actorKind: a.actor_kind,
		status: a.status as AssignmentOut['status'],
		figures: parseJson<Record<string, number>>(a.figures, {}),
		report: a.report,
		reportedAt: a.reported_at,
		remindedAt: a.reminded_at,
		overdue: !a.reported_at && a.due_on < today()
	});

	/** The assignments a directive makes in a commune's campaign: one per holder of each actor kind. */
	async function assignmentsFor(trx: K, commune: { id: string; unit_id: string }, directives: readonly repo.DirectiveRow[], at: string): Promise<NewRow<'campaign_assignments'>[]> {
		const rows: NewRow<'campaign_assignments'>[] = [];
		for (const d of directives)
			for (const kind of d.actor_kinds.split(',') as ActorKind[]) {
				const kinds = HOLDERS[kind] ?? [];
				const holders: (string | null)[] = kinds.length ? (await repo.orgsIn(trx, commune.unit_id, kinds, today())).map((o) => o.id) : [null];
				for (const org of holders) rows.push({ id: newId(), campaign_id: commune.id, directive_id: d.id, unit_id: commune.unit_id, org_id: org, actor_kind: kind, status: 'todo', figures: '{}', report: '', reported_at: null, reported_by_account_id: null, reminded_at: null, created_at: at, updated_at: at });
			}
		return rows;
	}

	async function requireCampaign(auth: AuthContext, id: string, permission: 'campaigns.manage' | 'campaigns.report'): Promise<repo.CampaignRow> {
		const c = UUID_RE.test(id) ? await repo.findCampaign(k, id) : undefined;
		if (!c) throw new AppError('not_found');
		await access.requireAccess(auth, permission, campaignTarget(c));
		return c;
	}

	/** The campaigns of the actor's units (an organisation grant: its commune's) and the city campaigns they follow. */
	async function visibleCampaigns(auth: AuthContext, year: number | null): Promise<repo.CampaignRow[]> {
		const scope = access.requireAny(auth, 'campaigns.report');
		const orgUnits = scope.orgIds.length ? (await Promise.all(scope.orgIds.map((o) => places.lookups.org(o)))).flatMap((o) => (o ? [o.unit_id] : [])) : [];
		return repo.campaignsInScope(k, { ...scope, unitIds: [...scope.unitIds, ...orgUnits] }, today(), year);
	}

	return {
		/** Opens a campaign for the city (a province-level unit) or a commune; a commune's may follow the city's and inherits its directives. */
		async create(auth: AuthContext, input: unknown): Promise<CampaignOut> {
			requireActor(auth);
			const v = parseInput(campaignCreate, input);
			const unit = await places.lookups.unit(v.unitId);
			if (!unit || (unit.level !== 'province' && unit.level !== 'commune') || !(await access.allows(auth, 'campaigns.manage', { unitId: unit.id }))) throw invalidField('unitId', 'errors.campaigns.unit');
			const level = unit.level === 'province' ? 'city' : 'commune';
			let parent: repo.CampaignRow | undefined;
			if (v.parentCampaignId) {
				parent = await repo.findCampaign(k, v.parentCampaignId);
				// a commune follows a city campaign over it
				if (!parent || level !== 'commune' || parent.level !== 'city' || !(await repo.unitWithin(k, unit.id, parent.unit_id, today())))
					throw invalidField('parentCampaignId', 'errors.campaigns.parent');
			}
			const id = newId();
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.insertCampaign(trx, { id, level, unit_id: unit.id, parent_campaign_id: parent?.id ?? null, year: v.year, kind: v.kind, title: v.title, theme: v.theme ?? '', starts_on: v.startsOn, ends_on: v.endsOn, plan: v.plan ?? '', report_due_on: v.reportDueOn ?? null, report_submitted_at: null, status: 'open', created_by_account_id: auth.actor.accountId, created_at: at, updated_at: at });
				if (parent) await repo.insertAssignments(trx, await assignmentsFor(trx, { id, unit_id: unit.id }, await repo.directivesOf(trx, [parent.id]), at));
				await recordAudit(trx, clock, auth, { action: 'campaign.create', entityType: 'campaign', entityId: id, scopeUnitId: unit.id, after: { title: v.title, year: v.year, parent: parent?.id ?? null } });
			});
			return campaignOut(auth, (await repo.findCampaign(k, id))!);
		},

		/** Campaigns in the actor's reach (and the city campaigns their communes follow), newest year first. */
		async list(auth: AuthContext, query: unknown): Promise<{ items: CampaignOut[] }> {
			requireActor(auth);
			const q = parseInput(campaignListQuery, query ?? {});
			const rows = await visibleCampaigns(auth, q.year ?? null);
			return { items: await Promise.all(rows.map((r) => campaignOut(auth, r))) };
		},

		/** A campaign with its plan: its own directives and those it inherits from the city's. */
		async get(auth: AuthContext, id: string): Promise<CampaignOut & { directives: DirectiveOut[] }> {
			requireActor(auth);
			const c = UUID_RE.test(id) ? await repo.findCampaign(k, id) : undefined;
			if (!c) throw new AppError('not_found');
			const visible = (await visibleCampaigns(auth, Number(c.year))).some((x) => x.id === c.id);
			if (!visible) throw new AppError('not_found');
			const directives = await repo.directivesOf(k, [c.parent_campaign_id, c.id].filter((x): x is string => !!x));
			// the city's directives first, then the commune's own, each in the order written
			const out = directives.map((d) => directiveOut(d, c.id)).sort((a, b) => Number(a.inherited === false) - Number(b.inherited === false) || a.position - b.position);
			return { ...(await campaignOut(auth, c)), directives: out };
		},

		/** Adds a directive to a campaign's plan; in a commune's campaign, and in every commune campaign following a city's, it becomes assignments at once. */
		async addDirective(auth: AuthContext, campaignId: string, input: unknown): Promise<DirectiveOut> {
			requireActor(auth);
			const c = await requireCampaign(auth, campaignId, 'campaigns.manage');
			const v = parseInput(directiveCreate, input);
			const at = nowIso();
			const row: repo.DirectiveRow = { id: newId(), campaign_id: c.id, position: 0, title: v.title, body: v.body ?? '', actor_kinds: [...new Set(v.actorKinds)].join(','), due_on: v.dueOn, figures: JSON.stringify(v.figures), created_at: at };
			await transaction(db, async (trx) => {
				row.position = await repo.nextPosition(trx, c.id);
				await repo.insertDirective(trx, row);
				const communes = (await repo.campaignsForDirective(trx, c.id)).filter((x) => x.level === 'commune');
				for (const commune of communes) await repo.insertAssignments(trx, await assignmentsFor(trx, commune, [row], at));
				await recordAudit(trx, clock, auth, { action: 'campaign.directive', entityType: 'campaign', entityId: c.id, scopeUnitId: c.unit_id, after: { title: v.title, actorKinds: v.actorKinds } });
			});
			return directiveOut(row, c.id);
		},

		/** The assignments the actor answers for (an organisation its own; a commune officer the commune's), optionally of one campaign. */
		async assignments(auth: AuthContext, query: { campaign?: string } = {}): Promise<{ items: AssignmentOut[] }> {
			requireActor(auth);
			const scope = access.requireAny(auth, 'campaigns.report');
			const rows = await repo.assignmentsInScope(k, scope, today(), query.campaign && UUID_RE.test(query.campaign) ? query.campaign : null);
			return { items: rows.map(assignmentOut) };
		},

		/** Progress, figures and a short report on an assignment, by its holder (or the commune); another's reads as not found. */
		async report(auth: AuthContext, assignmentId: string, input: unknown): Promise<AssignmentOut> {
			requireActor(auth);
			const a = UUID_RE.test(assignmentId) ? await repo.findAssignment(k, assignmentId) : undefined;
			if (!a) throw new AppError('not_found');
			await access.requireAccess(auth, 'campaigns.report', assignmentTarget(a));
			const v = parseInput(assignmentReport, input);
			const defs = parseJson<{ key: string }[]>(a.figure_defs, []).map((f) => f.key);
			for (const key of Object.keys(v.figures)) if (!defs.includes(key)) throw invalidField(`figures.${key}`, 'errors.campaigns.figure_unknown');
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.updateAssignment(trx, a.id, { status: v.status, figures: JSON.stringify(v.figures), report: v.report ?? '', reported_at: at, reported_by_account_id: auth.actor.accountId, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'campaign.report', entityType: 'campaign_assignment', entityId: a.id, scopeUnitId: a.unit_id, after: { status: v.status, figures: v.figures } });
			});
			return assignmentOut((await repo.findAssignment(k, a.id))!);
		},

		/** A commune campaign's holders and where each stands: reported or not, overdue, reminded. */
		async status(auth: AuthContext, campaignId: string) {
			requireActor(auth);
			const c = await requireCampaign(auth, campaignId, 'campaigns.manage');
			const items = (await repo.assignmentsOfCampaign(k, c.id)).map(assignmentOut);
			return { campaign: await campaignOut(auth, c), items, notReported: items.filter((a) => !a.reportedAt).length, reported: items.filter((a) => a.reportedAt).length };
		},

		/** Reminds every holder that has not reported (by email to the organisation's address in the directory); answers how many were written to. */
		async remind(auth: AuthContext, campaignId: string): Promise<{ reminded: number; withoutEmail: number }> {
			requireActor(auth);
			const c = await requireCampaign(auth, campaignId, 'campaigns.manage');
			const late = (await repo.assignmentsOfCampaign(k, c.id)).filter((a) => !a.reported_at);
			const at = nowIso();
			let reminded = 0;
			for (const a of late) {
				if (!a.org_email) continue;
				if (await outbox.post({ to: a.org_email, ...REMINDER_MAIL({ campaign: c.title, directive: a.title, dueOn: a.due_on, holder: a.org_name ?? a.unit_name }) }, `Nhắc báo cáo đợt hưởng ứng: ${c.title}`)) reminded++;
			}
			await transaction(db, async (trx) => {
				await repo.markReminded(trx, late.filter((a) => a.org_email).map((a) => a.id), at);
				await recordAudit(trx, clock, auth, { action: 'campaign.remind', entityType: 'campaign', entityId: c.id, scopeUnitId: c.unit_id, after: { reminded } });
			});
			return { reminded, withoutEmail: late.length - reminded };
		},

		/**
		 * The Week's report: for a commune's campaign its own row, for the city's one row per
		 * commune campaign following it; each row counted from what the platform holds during the
		 * campaign's dates in the commune, plus the figures its holders filed; the total is the sum
		 * of the rows. JSON, or .xlsx / PDF.
		 */
		async weekReport(auth: AuthContext, campaignId: string): Promise<WeekReport> {
			requireActor(auth);
			const c = await requireCampaign(auth, campaignId, 'campaigns.manage');
			const communes = c.level === 'city' ? (await repo.followers(k, c.id)).map((x) => ({ ...x, unit_name: '' })) : [c];
			const window = { from: vnDayStart(c.starts_on), to: vnDayStart(addDays(c.ends_on, 1)), fromDate: c.starts_on, toDate: c.ends_on, asOf: today() };
			const labels = new Map<string, string>();
			const rows: WeekReportRow[] = [];
			for (const x of communes) {
				const commune = x.unit_name ? (x as repo.CampaignRow) : (await repo.findCampaign(k, x.id))!;
				const counts = await reports.weekCounts(k, { unitId: commune.unit_id, ...window });
				const filed = await reports.filedFigures(k, commune.id);
				const figures: Record<string, number> = {};
				for (const f of filed) {
					for (const d of parseJson<{ key: string; label: string }[]>(f.defs, [])) labels.set(d.key, d.label);
					for (const [key, n] of Object.entries(parseJson<Record<string, number>>(f.figures, {}))) figures[key] = (figures[key] ?? 0) + Number(n);
				}
				rows.push({ campaignId: commune.id, unitName: commune.unit_name, reportDueOn: commune.report_due_on, reportSubmittedAt: commune.report_submitted_at, ...counts, figures, assignments: filed.length, reported: filed.filter((f) => f.reported_at).length });
			}
			rows.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
			const total = { events: 0, registrations: 0, participants: 0, enrolments: 0, learners: 0, contestEntries: 0, donations: 0, donated: 0, figures: {} as Record<string, number>, assignments: 0, reported: 0 };
			for (const r of rows) {
				for (const key of ['events', 'registrations', 'participants', 'enrolments', 'learners', 'contestEntries', 'donations', 'donated', 'assignments', 'reported'] as const) total[key] += r[key];
				for (const [key, n] of Object.entries(r.figures)) total.figures[key] = (total.figures[key] ?? 0) + n;
			}
			return { campaignId: c.id, title: `Báo cáo kết quả ${c.title}`, level: c.level as WeekReport['level'], unitName: c.unit_name, startsOn: c.starts_on, endsOn: c.ends_on, rows, total, figureLabels: [...labels].map(([key, label]) => ({ key, label })), madeOn: today() };
		},

		/** The report as a file to send upward. */
		async weekReportFile(auth: AuthContext, campaignId: string, format: 'xlsx' | 'pdf'): Promise<{ body: Buffer; type: string; name: string }> {
			const r = await this.weekReport(auth, campaignId);
			const name = `bao-cao-tuan-le-${r.startsOn.slice(0, 4)}.${format}`;
			return format === 'xlsx' ? { body: await weekReportXlsx(r), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name } : { body: await weekReportPdf(r), type: 'application/pdf', name };
		},

		/** A commune sends its report upward: its status becomes "sent" (once). */
		async submitReport(auth: AuthContext, campaignId: string): Promise<CampaignOut> {
			requireActor(auth);
			const c = await requireCampaign(auth, campaignId, 'campaigns.manage');
			if (c.level !== 'commune') throw new AppError('conflict', 'errors.campaigns.not_commune');
			const at = nowIso();
			await transaction(db, async (trx) => {
				await reports.markSubmitted(trx, c.id, at);
				await recordAudit(trx, clock, auth, { action: 'campaign.report_submit', entityType: 'campaign', entityId: c.id, scopeUnitId: c.unit_id });
			});
			return campaignOut(auth, (await repo.findCampaign(k, c.id))!);
		},

		actorKinds: ACTOR_KINDS,
		/** A directive written in a form: the figures one label a line (keys made from the labels). */
		addDirectiveFromForm(auth: AuthContext, campaignId: string, f: { title: string; body: string; actorKinds: string[]; dueOn: string; figures: string }): Promise<DirectiveOut> {
			return this.addDirective(auth, campaignId, { title: f.title, body: f.body, actorKinds: f.actorKinds, dueOn: f.dueOn, figures: figuresFromLines(f.figures, normalizeVi) });
		}
	};
}

export type CampaignsService = ReturnType<typeof createCampaignsService>;
