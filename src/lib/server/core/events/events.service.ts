/**
 * Events of the Lifelong Learning Week and of the year (DOMAIN.md §1: the education office's
 * "activities and events, registrations, QR check-in"): opening ceremonies, talks, book fairs,
 * contests, exhibitions, classes open to all. A published event has a public page; a signed-in
 * resident registers and holds a place or waits (the capacity rule classes use,
 * `platform/db/capacity.ts`; a freed place goes to the longest-waiting); each registration has
 * a ticket code, shown with its QR code and sent by email through the outbox. At the door a
 * volunteer checks tickets in by code — once per ticket whatever the race (a unique index) — and
 * adds walk-ins by name or phone (a scanner's key makes a retry after a dropped connection add
 * nobody twice). What a person attended appears in their learning record.
 */
import { randomInt } from 'node:crypto';
import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { formatDateTimeVi, todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { releasePlace, takePlace } from '../../platform/db/capacity';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import type { Links } from '../../platform/links';
import type { Outbox } from '../../platform/mail';
import { parseInput } from '../../platform/validation';
import { qrSvg } from '../../platform/qr';
import type { PeopleLookups } from '../people/people.service';
import type { PlaceLookups } from '../places/places.service';
import { eventTarget, readTicketCode, showTicketCode, TICKET_ALPHABET, TICKET_LENGTH } from './events.policy';
import { PROMOTED_MAIL, TICKET_MAIL } from './events.messages';
import * as repo from './events.repository';
import { checkInInput, eventCreate, eventListQuery, registerInput, walkInInput, type CheckInOut, type EventOut, type TicketOut } from './events.schemas';

export interface EventsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	outbox: Outbox;
	links: Links;
	places: { lookups: PlaceLookups };
	people: { lookups: PeopleLookups };
}

/** The organisations that may hold events of their own. */
const ORGANISER_KINDS: readonly string[] = ['learning_centre', 'school', 'association_branch', 'agency', 'enterprise'];

export function newTicketCode(): string {
	let s = '';
	for (let i = 0; i < TICKET_LENGTH; i++) s += TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)];
	return s;
}

export function createEventsService({ db, clock, access, outbox, links, places, people }: EventsDeps) {
	const k = db.kysely;
	const nowIso = () => clock.now().toISOString();
	const today = () => todayVn(clock);

	async function eventOut(auth: AuthContext, e: repo.EventRow, counts?: { waiting: number; checkedIn: number }): Promise<EventOut> {
		const c = counts ?? (await repo.countsOf(k, [e.id])).get(e.id)!;
		const [manage, checkIn] = auth.actor ? await Promise.all([access.allows(auth, 'events.manage', eventTarget(e)), access.allows(auth, 'events.check_in', eventTarget(e))]) : [false, false];
		return {
			id: e.id,
			title: e.title,
			kind: e.kind as EventOut['kind'],
			description: e.description,
			venue: e.venue,
			address: e.address,
			startsAt: e.starts_at,
			endsAt: e.ends_at,
			capacity: Number(e.capacity),
			taken: Number(e.taken_count),
			waiting: c.waiting,
			checkedIn: c.checkedIn,
			unitId: e.unit_id,
			unitName: e.unit_name,
			orgId: e.org_id,
			orgName: e.org_name,
			campaignId: e.campaign_id,
			status: e.status,
			can: { manage, checkIn }
		};
	}

	const ticketOut = (r: repo.RegistrationRow, e: { id: string; title: string; venue: string; address: string; starts_at: string; ends_at: string }, checkedInAt: string | null): TicketOut => ({
		registrationId: r.id,
		eventId: e.id,
		eventTitle: e.title,
		venue: e.venue,
		address: e.address,
		startsAt: e.starts_at,
		endsAt: e.ends_at,
		name: r.name,
		status: r.status as TicketOut['status'],
		code: r.ticket_code,
		shownCode: showTicketCode(r.ticket_code),
		url: links.ticket(r.ticket_code),
		checkedInAt
	});

	/** An event as a reader may see it: published, or one they manage or check in at; else not found. */
	async function readable(auth: AuthContext, id: string): Promise<repo.EventRow> {
		const e = UUID_RE.test(id) ? await repo.findEvent(k, id) : undefined;
		if (!e) throw new AppError('not_found');
		if (e.status !== 'published' && !(await access.allows(auth, 'events.manage', eventTarget(e)))) throw new AppError('not_found');
		return e;
	}

	async function mailTicket(to: string | null, t: TicketOut): Promise<void> {
		if (!to) return;
		await outbox.post({ to, ...TICKET_MAIL({ eventTitle: t.eventTitle, venue: t.venue, address: t.address, when: formatDateTimeVi(t.startsAt), name: t.name, shownCode: t.shownCode, url: t.url, waiting: t.status === 'waiting' }) }, `Vé sự kiện: ${t.eventTitle}`);
	}

	/** Where a registrant's letters go: the address they gave, else their account's. */
	async function emailOf(r: { email: string | null; account_id: string | null }): Promise<string | null> {
		if (r.email) return r.email;
		if (!r.account_id) return null;
		const a = await repo.accountContact(k, r.account_id);
		return a?.status === 'active' && a.email ? a.email : null;
	}

	/** Checks a registration in (inside the caller's transaction); answers what happened. */
	async function checkInRow(trx: typeof k, auth: AuthContext & { actor: NonNullable<AuthContext['actor']> }, r: repo.RegistrationRow, e: repo.EventRow): Promise<CheckInOut> {
		const base = { name: r.name, eventId: e.id, registrationId: r.id };
		if (r.status === 'waiting') return { result: 'waiting', checkedInAt: null, ...base };
		const at = nowIso();
		if (await repo.insertCheckIn(trx, { id: newId(), event_id: e.id, registration_id: r.id, checked_in_at: at, by_account_id: auth.actor.accountId })) {
			await recordAudit(trx, clock, auth, { action: 'event.check_in', entityType: 'event_registration', entityId: r.id, scopeUnitId: e.unit_id });
			return { result: 'checked_in', checkedInAt: at, ...base };
		}
		const before = await repo.checkInOf(trx, r.id);
		return { result: 'already', checkedInAt: before?.checked_in_at ?? null, ...base };
	}

	return {
		/** Opens an event in a commune or village, or for an organisation the actor manages. */
		async create(auth: AuthContext, input: unknown): Promise<EventOut> {
			requireActor(auth);
			const v = parseInput(eventCreate, input);
			let unitId = v.unitId ?? null;
			if (v.orgId) {
				const org = await places.lookups.org(v.orgId);
				if (!org || !ORGANISER_KINDS.includes(org.kind) || !(await access.allows(auth, 'events.manage', { unitId: org.unit_id, orgId: org.id }))) throw invalidField('orgId', 'errors.events.unknown_organiser');
				unitId = org.unit_id;
			} else {
				const unit = unitId ? await places.lookups.unit(unitId) : undefined;
				if (!unit || !(await access.allows(auth, 'events.manage', { unitId: unit.id }))) throw invalidField('unitId', 'errors.events.unknown_unit');
			}
			if (v.campaignId && !(await k.selectFrom('campaigns').select('id').where('id', '=', v.campaignId).executeTakeFirst())) throw invalidField('campaignId', 'errors.events.unknown_campaign');
			const id = newId();
			const at = nowIso();
			await transaction(db, async (trx) => {
				await repo.insertEvent(trx, { id, campaign_id: v.campaignId ?? null, unit_id: unitId!, org_id: v.orgId ?? null, kind: v.kind, title: v.title, description: v.description ?? '', venue: v.venue, address: v.address ?? '', starts_at: v.startsAt, ends_at: v.endsAt, capacity: v.capacity, taken_count: 0, status: 'published', created_by_account_id: auth.actor.accountId, created_at: at, updated_at: at });
				await recordAudit(trx, clock, auth, { action: 'event.create', entityType: 'event', entityId: id, scopeUnitId: unitId, after: { title: v.title, capacity: v.capacity, startsAt: v.startsAt } });
			});
			return eventOut(auth, (await repo.findEvent(k, id))!);
		},

		/** Events the actor manages or checks in at (their scope), newest first; `upcoming=1` keeps those not yet over, soonest first. */
		async list(auth: AuthContext, query: unknown): Promise<{ items: EventOut[] }> {
			requireActor(auth);
			const q = parseInput(eventListQuery, query ?? {});
			const scope = access.requireAny(auth, 'events.check_in');
			const rows = await repo.listEvents(k, { scope, today: today(), underUnit: q.unit ?? null, campaignId: q.campaign ?? null, from: q.upcoming === '1' ? nowIso() : null, limit: 200 });
			const counts = await repo.countsOf(k, rows.map((r) => r.id));
			return { items: await Promise.all(rows.map((r) => eventOut(auth, r, counts.get(r.id)))) };
		},

		/** Published events not yet over, soonest first, for everyone (optionally under a commune). */
		async upcoming(auth: AuthContext, query: unknown): Promise<{ items: EventOut[] }> {
			const q = parseInput(eventListQuery, query ?? {});
			const rows = await repo.listEvents(k, { scope: null, today: today(), underUnit: q.unit ?? null, campaignId: q.campaign ?? null, from: nowIso(), limit: 100 });
			const counts = await repo.countsOf(k, rows.map((r) => r.id));
			return { items: await Promise.all(rows.map((r) => eventOut(auth, r, counts.get(r.id)))) };
		},

		/** An event's page: anyone for a published one; with the reader's own ticket when signed in. */
		async get(auth: AuthContext, id: string): Promise<EventOut & { mine: TicketOut | null }> {
			const e = await readable(auth, id);
			let mine: TicketOut | null = null;
			if (auth.actor) {
				const res = await people.lookups.residentOfAccount(auth.actor.accountId);
				const r = await repo.liveRegistration(k, e.id, { accountId: auth.actor.accountId, residentId: res?.id ?? null });
				if (r) mine = ticketOut(r, e, (await repo.checkInOf(k, r.id))?.checked_in_at ?? null);
			}
			return { ...(await eventOut(auth, e)), mine };
		},

		/**
		 * Registering the signed-in person: a place while there is one, else the waiting list; one
		 * live registration per person and event. The ticket goes by email (the address given, or
		 * the account's) through the outbox, never inside the request.
		 */
		async register(auth: AuthContext, eventId: string, input: unknown): Promise<TicketOut> {
			requireActor(auth);
			const v = parseInput(registerInput, input ?? {});
			const e = await readable(auth, eventId);
			if (e.status !== 'published' || e.ends_at <= nowIso()) throw new AppError('conflict', 'errors.events.closed');
			const res = await people.lookups.residentOfAccount(auth.actor.accountId);
			const who = { accountId: auth.actor.accountId, residentId: res?.id ?? null };
			if (await repo.liveRegistration(k, e.id, who)) throw new AppError('conflict', 'errors.events.already_registered');
			const id = newId();
			const at = nowIso();
			const row: repo.RegistrationRow = { id, event_id: e.id, account_id: who.accountId, resident_id: who.residentId, name: v.name ?? res?.full_name ?? auth.actor.displayName, phone: v.phone ?? null, email: v.email ?? null, status: 'waiting', ticket_code: newTicketCode(), walk_in: 0, client_key: null, created_by_account_id: who.accountId, created_at: at, updated_at: at };
			await transaction(db, async (trx) => {
				row.status = (await takePlace(trx, 'events', e.id, at)) !== null ? 'registered' : 'waiting';
				await repo.insertRegistration(trx, row);
				await recordAudit(trx, clock, auth, { action: 'event.register', entityType: 'event_registration', entityId: id, scopeUnitId: e.unit_id, after: { eventId: e.id, status: row.status } });
			});
			const t = ticketOut(row, e, null);
			await mailTicket(await emailOf(row), t);
			return t;
		},

		/** Giving a place up (the person, or a manager): the longest-waiting registrant takes it and is told. */
		async cancel(auth: AuthContext, registrationId: string): Promise<TicketOut> {
			requireActor(auth);
			const r = UUID_RE.test(registrationId) ? await repo.findRegistration(k, registrationId) : undefined;
			if (!r || (r.status !== 'registered' && r.status !== 'waiting')) throw new AppError('not_found');
			const e = (await repo.findEvent(k, r.event_id))!;
			const res = await people.lookups.residentOfAccount(auth.actor.accountId);
			const own = r.account_id === auth.actor.accountId || (r.resident_id !== null && res?.id === r.resident_id);
			if (!own && !(await access.allows(auth, 'events.manage', eventTarget(e)))) throw new AppError('not_found');
			if (await repo.checkInOf(k, r.id)) throw new AppError('conflict', 'errors.events.already_checked_in');
			const at = nowIso();
			let promoted: repo.RegistrationRow | undefined;
			await transaction(db, async (trx) => {
				if (!(await repo.moveRegistration(trx, r.id, r.status, 'cancelled', at))) throw new AppError('conflict', 'errors.events.changed');
				if (r.status === 'registered') {
					// the freed place goes to the longest-waiting registrant, or back to the event
					for (;;) {
						promoted = await repo.firstWaiting(trx, e.id);
						if (!promoted) {
							await releasePlace(trx, 'events', e.id, at);
							break;
						}
						if (await repo.moveRegistration(trx, promoted.id, 'waiting', 'registered', at)) break;
					}
				}
				await recordAudit(trx, clock, auth, { action: 'event.cancel', entityType: 'event_registration', entityId: r.id, scopeUnitId: e.unit_id, after: { promoted: promoted?.id ?? null } });
			});
			if (promoted) {
				const to = await emailOf(promoted);
				if (to) await outbox.post({ to, ...PROMOTED_MAIL({ eventTitle: e.title, when: formatDateTimeVi(e.starts_at), venue: e.venue, shownCode: showTicketCode(promoted.ticket_code), url: links.ticket(promoted.ticket_code) }) }, `Vé sự kiện: ${e.title}`);
			}
			return ticketOut({ ...r, status: 'cancelled' }, e, null);
		},

		/** A ticket by its code: its holder sees it whole; a volunteer at the event's door sees it with the ability to check it in. */
		async ticket(auth: AuthContext, code: string): Promise<TicketOut & { qrSvg: string; can: { checkIn: boolean; cancel: boolean } }> {
			requireActor(auth);
			const c = readTicketCode(code);
			const r = c ? await repo.registrationByCode(k, c) : undefined;
			if (!r) throw new AppError('not_found', 'errors.events.ticket_unknown');
			const e = (await repo.findEvent(k, r.event_id))!;
			const res = await people.lookups.residentOfAccount(auth.actor.accountId);
			const own = r.account_id === auth.actor.accountId || (r.resident_id !== null && res?.id === r.resident_id);
			const checkIn = await access.allows(auth, 'events.check_in', eventTarget(e));
			if (!own && !checkIn) throw new AppError('not_found', 'errors.events.ticket_unknown');
			const done = await repo.checkInOf(k, r.id);
			const t = ticketOut(r, e, done?.checked_in_at ?? null);
			return { ...t, qrSvg: await qrSvg(t.url), can: { checkIn, cancel: own && !done && r.status !== 'cancelled' } };
		},

		/**
		 * At the door: a ticket's code (typed, or the QR code's address). Once per ticket: a second
		 * scan, from this phone or another at the same moment, answers `already` with the first time.
		 * A code unknown, cancelled, or for an event outside the volunteer's reach is not found.
		 */
		async checkIn(auth: AuthContext, input: unknown): Promise<CheckInOut> {
			requireActor(auth);
			const v = parseInput(checkInInput, input);
			const code = readTicketCode(v.code);
			if (!code) throw invalidField('code', 'errors.events.ticket_code');
			const r = await repo.registrationByCode(k, code);
			if (!r || r.status === 'cancelled') throw new AppError('not_found', 'errors.events.ticket_unknown');
			const e = (await repo.findEvent(k, r.event_id))!;
			if (!(await access.allows(auth, 'events.check_in', eventTarget(e)))) throw new AppError('not_found', 'errors.events.ticket_unknown');
			return transaction(db, (trx) => checkInRow(trx, auth, r, e));
		},

		/**
		 * At the door, someone without a ticket: registered (a place if one is free, else refused:
		 * the event is full) and checked in at once. The scanner's key makes a retry after a dropped
		 * connection answer the first result instead of adding the person twice.
		 */
		async walkIn(auth: AuthContext, input: unknown): Promise<CheckInOut> {
			requireActor(auth);
			const v = parseInput(walkInInput, input);
			const e = await repo.findEvent(k, v.eventId);
			if (!e || !(await access.allows(auth, 'events.check_in', eventTarget(e)))) throw new AppError('not_found');
			const again = async () => {
				const r = v.clientKey ? await repo.registrationByClientKey(k, v.clientKey) : undefined;
				if (!r) return null;
				if (r.event_id !== e.id) throw new AppError('not_found');
				return transaction(db, (trx) => checkInRow(trx, auth, r, e));
			};
			const before = await again();
			if (before) return before;
			const at = nowIso();
			const row: repo.RegistrationRow = { id: newId(), event_id: e.id, account_id: null, resident_id: null, name: v.name, phone: v.phone ?? null, email: null, status: 'registered', ticket_code: newTicketCode(), walk_in: 1, client_key: v.clientKey ?? null, created_by_account_id: auth.actor.accountId, created_at: at, updated_at: at };
			try {
				return await transaction(db, async (trx) => {
					if ((await takePlace(trx, 'events', e.id, at)) === null) throw new AppError('conflict', 'errors.events.full');
					await repo.insertRegistration(trx, row);
					await recordAudit(trx, clock, auth, { action: 'event.walk_in', entityType: 'event_registration', entityId: row.id, scopeUnitId: e.unit_id });
					return checkInRow(trx, auth, row, e);
				});
			} catch (err) {
				if (err instanceof AppError) throw err;
				// the same walk-in sent twice at once: the unique key let one through
				const first = await again();
				if (first) return first;
				throw err;
			}
		},

		/** An event's registrations and check-ins, for those who manage it or check in at its door. */
		async roster(auth: AuthContext, eventId: string) {
			requireActor(auth);
			const e = UUID_RE.test(eventId) ? await repo.findEvent(k, eventId) : undefined;
			if (!e) throw new AppError('not_found');
			await access.requireAccess(auth, 'events.check_in', eventTarget(e));
			const rows = await repo.roster(k, e.id, 5000);
			return {
				event: await eventOut(auth, e),
				people: rows.map((r) => ({ id: r.id, name: r.name, phone: r.phone, status: r.status as 'registered' | 'waiting', walkIn: Number(r.walk_in) === 1, shownCode: showTicketCode(r.ticket_code), checkedInAt: r.checked_in_at ?? null }))
			};
		},

		/**
		 * The signed-in person's events: their tickets, and what they attended (checked in) — the
		 * events section of the learning record (`/account`).
		 */
		async mine(auth: AuthContext): Promise<TicketOut[]> {
			requireActor(auth);
			const res = await people.lookups.residentOfAccount(auth.actor.accountId);
			const rows = await repo.registrationsOf(k, auth.actor.accountId, res?.id ?? null);
			return rows.map((r) => ({
				registrationId: r.id,
				eventId: r.event_id,
				eventTitle: r.title,
				venue: r.venue,
				address: r.address,
				startsAt: r.starts_at,
				endsAt: r.ends_at,
				name: r.name,
				status: r.status as TicketOut['status'],
				code: r.ticket_code,
				shownCode: showTicketCode(r.ticket_code),
				url: links.ticket(r.ticket_code),
				checkedInAt: r.checked_in_at ?? null
			}));
		}
	};
}

export type EventsService = ReturnType<typeof createEventsService>;
