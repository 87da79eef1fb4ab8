import { randomBytes, randomFillSync } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/** UUIDv7 (RFC 9562): 48-bit Unix ms, then random bits; monotonic within a process. */
export function newId(now: number = Date.now()): string {
	const b = new Uint8Array(16);
	randomFillSync(b);
	if (now <= lastMs) {
		seq = (seq + 1) & 0xfff;
		if (seq === 0) lastMs += 1;
		now = lastMs;
	} else {
		lastMs = now;
		seq = b[6]! & 0x07; // small random start leaves room for monotonic increments
	}
	b[0] = Math.floor(now / 2 ** 40) & 0xff;
	b[1] = Math.floor(now / 2 ** 32) & 0xff;
	b[2] = (now >>> 24) & 0xff;
	b[3] = (now >>> 16) & 0xff;
	b[4] = (now >>> 8) & 0xff;
	b[5] = now & 0xff;
	b[6] = 0x70 | ((seq >>> 8) & 0x0f);
	b[7] = seq & 0xff;
	b[8] = (b[8]! & 0x3f) | 0x80;
	const h = Buffer.from(b).toString('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A URL-safe random secret (session tokens, access tokens). */
export function newSecret(bytes = 32): string {
	return randomBytes(bytes).toString('base64url');
}
