/**
 * Evidence filled in from what the platform holds: a subject's members' learning in the cycle's
 * year — class sessions attended and their hours, online courses completed, certificates held,
 * events attended and books borrowed —
 * summed into the figures the criteria's `records` sources name. Each figure keeps the records
 * it was made from, each with a link to its source (the course, the certificate's check).
 */
import type { Metrics } from '../criteria/criteria.rules';
import type { RecordSource } from '../criteria/criteria.schemas';
import type { Member } from './titles.repository';

export interface EvidenceItem {
	source: RecordSource;
	memberName: string;
	label: string;
	href: string;
	/** what it adds to the figure (hours for class_hours, 1 otherwise) */
	value: number;
	date: string;
}
export interface Evidence {
	metrics: Required<Metrics>;
	items: EvidenceItem[];
	members: number;
	adults: number;
}

interface Learning {
	sessions: { resident_id: string | null; account_id: string | null; course_id: string; class_title: string; session_id: string; date: string; starts_at: string; ends_at: string }[];
	completions: { id: string; resident_id: string | null; account_id: string | null; course_id: string; title: string; mode: string; completed_at: string }[];
	certificates: { code: string; number: string; resident_id: string | null; account_id: string | null; course_title: string; issued_on: string }[];
	events: { resident_id: string | null; account_id: string | null; event_id: string; title: string; checked_in_at: string }[];
	loans: { account_id: string; title_id: string; title: string; lent_on: string }[];
}

const minutes = (hhmm: string) => {
	const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
	return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
};
/** A session's length in hours, to a tenth. */
export const sessionHours = (starts: string, ends: string) => Math.max(0, Math.round((minutes(ends) - minutes(starts)) / 6) / 10);

/** Adult on a day: 15 or older (the age of literacy and working-age statistics). */
export const isAdultOn = (birth: string, day: string) => Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0) >= 15;

export function computeEvidence(members: Member[], learning: Learning, yearEnd: string): Evidence {
	const byResident = new Map(members.map((m) => [m.id, m]));
	const byAccount = new Map(members.filter((m) => m.account_id).map((m) => [m.account_id!, m]));
	const owner = (r: { resident_id: string | null; account_id: string | null }) => (r.resident_id && byResident.get(r.resident_id)) || (r.account_id && byAccount.get(r.account_id)) || null;
	const items: EvidenceItem[] = [];
	const active = new Set<string>();
	let hours = 0;
	let sessions = 0;
	const seenSession = new Set<string>();
	for (const s of learning.sessions) {
		const m = owner(s);
		if (!m || seenSession.has(`${m.id}:${s.session_id}`)) continue;
		seenSession.add(`${m.id}:${s.session_id}`);
		const h = sessionHours(s.starts_at, s.ends_at);
		hours += h;
		sessions += 1;
		active.add(m.id);
		items.push({ source: 'class_sessions', memberName: m.full_name, label: s.class_title, href: `/courses/${s.course_id}`, value: h, date: s.date });
	}
	let online = 0;
	for (const c of learning.completions) {
		const m = owner(c);
		if (!m) continue;
		active.add(m.id);
		if (c.mode !== 'online') continue;
		online += 1;
		items.push({ source: 'online_completions', memberName: m.full_name, label: c.title, href: `/courses/${c.course_id}`, value: 1, date: c.completed_at.slice(0, 10) });
	}
	let certificates = 0;
	for (const c of learning.certificates) {
		const m = owner(c);
		if (!m) continue;
		certificates += 1;
		active.add(m.id);
		items.push({ source: 'certificates', memberName: m.full_name, label: `${c.course_title} (${c.number})`, href: `/verify/${encodeURIComponent(c.code)}`, value: 1, date: c.issued_on });
	}
	let events = 0;
	const seenEvent = new Set<string>();
	for (const e of learning.events) {
		const m = owner(e);
		if (!m || seenEvent.has(`${m.id}:${e.event_id}`)) continue;
		seenEvent.add(`${m.id}:${e.event_id}`);
		events += 1;
		items.push({ source: 'events_attended', memberName: m.full_name, label: e.title, href: `/events/${e.event_id}`, value: 1, date: e.checked_in_at.slice(0, 10) });
	}
	let books = 0;
	for (const l of learning.loans) {
		const m = owner({ resident_id: null, account_id: l.account_id });
		if (!m) continue;
		books += 1;
		items.push({ source: 'books_borrowed', memberName: m.full_name, label: l.title, href: `/library/titles/${l.title_id}`, value: 1, date: l.lent_on });
	}
	const adults = members.filter((m) => isAdultOn(m.birth_date, yearEnd));
	const activeAdults = adults.filter((m) => active.has(m.id)).length;
	return {
		metrics: {
			class_hours: Math.round(hours * 10) / 10,
			class_sessions: sessions,
			online_completions: online,
			certificates,
			active_learners: active.size,
			active_learner_share: adults.length ? Math.floor((activeAdults * 100) / adults.length) : 0,
			events_attended: events,
			books_borrowed: books
		},
		items,
		members: members.length,
		adults: adults.length
	};
}
