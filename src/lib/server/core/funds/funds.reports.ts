/**
 * A fund's yearly report for those who may read its book (the association's upward report):
 * figures from the running totals, which `funds verify` checks against the entries. The year's
 * opening balance is the net of everything dated before it; its closing balance the opening plus
 * the year's net, which for the current year (nothing dated ahead) is the fund's balance.
 */
import { todayVn } from '../../platform/clock';
import { parseInput } from '../../platform/validation';
import type { AuthContext } from '../../platform/access';
import type { FundsContext } from './funds.service';
import * as repo from './funds.repository';
import { publicYearQuery } from './funds.schemas';
import { fundReportPdf, fundReportXlsx, type FundReport } from './fund-report';
import { WAY_VI } from './funds.public';

export const OWNER_VI: Record<string, string> = { association_branch: 'Hội Khuyến học xã', village_branch: 'Chi hội khuyến học thôn', school: 'Trường học', clan: 'Dòng họ', centre: 'Trung tâm học tập cộng đồng' };

export function reportsApi({ db, clock, fundFor }: FundsContext) {
	const k = db.kysely;
	return {
		/** The fund's figures for a year (this year by default). */
		async yearReport(auth: AuthContext, id: string, input: unknown = {}): Promise<FundReport> {
			const f = await fundFor(auth, id, 'funds.view');
			const today = todayVn(clock);
			const year = parseInput(publicYearQuery, input).year ?? Number(today.slice(0, 4));
			const [opening, t] = await Promise.all([repo.netBefore(k, f.id, `${year}-01`), repo.totalsFigures(k, [f.id], `${year}-01`, `${year}-12`)]);
			const received = t.inByMethod.map((r) => ({ label: WAY_VI[r.method] ?? r.method, amount: Number(r.n) }));
			const paid = t.outByPurpose.map((r) => ({ label: WAY_VI[r.purpose] ?? r.purpose, amount: Number(r.n) }));
			const moved = t.transfers.map((r) => ({ fundName: r.fund_name, amount: Number(r.n) })).filter((r) => r.amount !== 0);
			const net = received.reduce((n, x) => n + x.amount, 0) - paid.reduce((n, x) => n + x.amount, 0) + moved.reduce((n, x) => n + x.amount, 0);
			return {
				fundName: f.name,
				ownerLabel: OWNER_VI[f.owner_kind] ?? f.owner_kind,
				unitName: f.unit_name,
				year,
				opening,
				received,
				receivedByMonth: t.inByMonth.map((r) => ({ month: Number(r.month.slice(5)), amount: Number(r.n) })),
				paid,
				moved,
				closing: opening + net,
				madeOn: today
			};
		},

		/** The yearly report as an .xlsx or an A4 PDF. */
		async yearReportFile(auth: AuthContext, id: string, input: unknown = {}) {
			const format = parseInput(publicYearQuery, input).format ?? 'pdf';
			const r = await this.yearReport(auth, id, input);
			const bytes = format === 'xlsx' ? await fundReportXlsx(r) : await fundReportPdf(r);
			return { bytes, type: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf', fileName: `bao-cao-quy-${r.year}.${format}` };
		}
	};
}
