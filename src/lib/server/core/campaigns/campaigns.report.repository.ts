/**
 * The Week's report: what the platform holds for a commune's subtree during a campaign's dates,
 * counted in SQL (reads of the events, learning, contests and funds tables; this module writes
 * none of them).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { unitSubtreeSql } from '../../platform/db/scope';

type DB = Kysely<Database>;

export interface WeekCounts {
	events: number;
	registrations: number;
	participants: number;
	enrolments: number;
	learners: number;
	contestEntries: number;
	donations: number;
	donated: number;
}

/** Counts for the subtree of `unitId` (as of `asOf`) between instants [from, to) and dates [fromDate, toDate]. */
export async function weekCounts(db: DB, w: { unitId: string; asOf: string; from: string; to: string; fromDate: string; toDate: string }): Promise<WeekCounts> {
	const sub = unitSubtreeSql([w.unitId], w.asOf);
	const one = async (q: ReturnType<typeof sql<{ n: number | string | null; m?: number | string | null }>>) => (await q.execute(db)).rows[0] ?? { n: 0, m: 0 };
	const eventsWhere = sql`e.unit_id in (${sub}) and e.starts_at >= ${w.from} and e.starts_at < ${w.to}`;
	const [events, regs, checks, enrol, contest, gifts] = await Promise.all([
		one(sql`select count(*) as n from events e where ${eventsWhere}`),
		one(sql`select count(*) as n from event_registrations r join events e on e.id = r.event_id where ${eventsWhere} and r.status <> 'cancelled'`),
		one(sql`select count(*) as n from event_check_ins c join events e on e.id = c.event_id where ${eventsWhere}`),
		one(sql`select count(*) as n, count(distinct coalesce(en.resident_id, en.account_id, en.id)) as m from enrolments en join classes k on k.id = en.class_id join courses c on c.id = k.course_id where c.unit_id in (${sub}) and en.created_at >= ${w.from} and en.created_at < ${w.to}`),
		one(sql`select count(*) as n from contest_attempts a join contests k on k.id = a.contest_id where coalesce(a.unit_id, k.unit_id) in (${sub}) and a.submitted_at >= ${w.from} and a.submitted_at < ${w.to}`),
		one(sql`select count(*) as n, coalesce(sum(x.delta), 0) as m from fund_entries x join funds f on f.id = x.fund_id where x.kind = 'donation' and f.unit_id in (${sub}) and x.occurred_on >= ${w.fromDate} and x.occurred_on <= ${w.toDate}`)
	]);
	return {
		events: Number(events.n),
		registrations: Number(regs.n),
		participants: Number(checks.n),
		enrolments: Number(enrol.n),
		learners: Number(enrol.m ?? 0),
		contestEntries: Number(contest.n),
		donations: Number(gifts.n),
		donated: Number(gifts.m ?? 0)
	};
}

/** The figures filed on a campaign's assignments, with the directives' labels. */
export const filedFigures = (db: DB, campaignId: string) =>
	db.selectFrom('campaign_assignments as a').innerJoin('campaign_directives as d', 'd.id', 'a.directive_id').select(['a.figures', 'd.figures as defs', 'a.reported_at']).where('a.campaign_id', '=', campaignId).execute();

export const markSubmitted = (db: DB, id: string, at: string) => db.updateTable('campaigns').set({ report_submitted_at: at, updated_at: at }).where('id', '=', id).where('report_submitted_at', 'is', null).execute();
