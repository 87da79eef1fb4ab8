/**
 * Events: an event sits where its organiser does — a commune (or village) and, for a school's,
 * a centre's or the association's event, that organisation. `events.manage` creates events and
 * sees their registrations; `events.check_in` lets a volunteer at the door check tickets in and
 * add walk-ins (teachers too); both reach an event through a unit grant over its place or an
 * organisation grant on its organiser. A published event's page is public; out of scope reads
 * as not found.
 */
import type { Target } from '../../platform/access';

export const eventTarget = (e: { unit_id: string; org_id: string | null }): Target => ({ unitId: e.unit_id, orgId: e.org_id });

/** Ticket codes: ten characters with no look-alikes (no 0/O, 1/I/L), typed or read from the QR. */
export const TICKET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TICKET_LENGTH = 10;

/** A code as typed, pasted or read from the QR code's address: upper case, only the code's characters; null if it cannot be one. */
export function readTicketCode(input: string): string | null {
	const s = input.trim();
	const fromUrl = /\/tickets\/([^/?#\s]+)/.exec(s);
	const raw = (fromUrl ? decodeURIComponent(fromUrl[1]!) : s).toUpperCase().replace(/[\s-]/g, '');
	if (raw.length !== TICKET_LENGTH) return null;
	for (const ch of raw) if (!TICKET_ALPHABET.includes(ch)) return null;
	return raw;
}

/** As printed and read aloud: two groups of five. */
export const showTicketCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;
