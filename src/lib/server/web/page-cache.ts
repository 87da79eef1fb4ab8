/**
 * What anonymous visitors see, kept in this process: public pages and public JSON lists (home,
 * news, catalog, course, certificate verification, the administrative tree) answered from
 * memory, with an ETag (304 when the browser has it) and `Cache-Control: public, no-cache`
 * (kept, but asked again). An entry is used only while the data has not changed since it was
 * made (the ChangeSignal's version, which other processes move too) and for at most a minute
 * (what depends on the time of day: today's tree, a class that started). Nothing is kept for a
 * request that carries a session or a token, nor an answer that sets a cookie; a signed-in page
 * is `private`. A request with `Cache-Control: no-cache` is made afresh (and kept).
 */
import { createHash } from 'node:crypto';

/** The routes whose anonymous answers are the same for everyone (per language). */
export const PUBLIC_ROUTES = new Set([
	'/',
	'/news',
	'/news/[id]',
	'/courses',
	'/courses/[id]',
	'/verify/[code]',
	'/surveys',
	'/api/v1/units',
	'/api/v1/units/[id]',
	'/api/v1/organizations',
	'/api/v1/organizations/[id]',
	'/api/v1/news',
	'/api/v1/news/[id]',
	'/api/v1/courses',
	'/api/v1/courses/[id]',
	'/api/v1/certificates/[code]/verification'
]);

interface Entry {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	etag: string;
	version: number;
	storedAt: number;
}

export interface PageCacheOptions {
	maxEntries?: number;
	maxBytes?: number;
	ttlMs?: number;
	now?: () => number;
}

export function createPageCache({ maxEntries = 1000, maxBytes = 64 * 1024 * 1024, ttlMs = 60_000, now = Date.now }: PageCacheOptions = {}) {
	const entries = new Map<string, Entry>();
	let bytes = 0;
	const drop = (key: string) => {
		const e = entries.get(key);
		if (!e) return;
		bytes -= e.body.byteLength;
		entries.delete(key);
	};

	function respond(e: Entry, request: Request, state: 'hit' | 'miss'): Response {
		const headers = new Headers(e.headers);
		headers.set('etag', e.etag);
		headers.set('cache-control', 'public, no-cache');
		headers.set('vary', 'cookie');
		headers.set('x-cache', state);
		if (request.headers.get('if-none-match') === e.etag) {
			for (const h of ['content-type', 'content-length', 'content-encoding']) headers.delete(h);
			return new Response(null, { status: 304, headers });
		}
		return new Response(request.method === 'HEAD' ? null : (e.body as Uint8Array<ArrayBuffer>), { status: e.status, headers });
	}

	return {
		/** The kept answer of `key` while `version` is still the data's, or null. */
		lookup(key: string, version: number, request: Request): Response | null {
			if (/\bno-cache\b/i.test(request.headers.get('cache-control') ?? '')) return null;
			const e = entries.get(key);
			if (!e) return null;
			if (e.version !== version || now() - e.storedAt > ttlMs) {
				drop(key);
				return null;
			}
			// least recently used leaves first
			entries.delete(key);
			entries.set(key, e);
			return respond(e, request, 'hit');
		},

		/** Keeps a fresh answer made from the data at `version` (a 200 without cookies) and answers it. */
		async keep(key: string, version: number, request: Request, response: Response): Promise<Response> {
			if (response.status !== 200 || response.headers.has('set-cookie') || /no-store|private/i.test(response.headers.get('cache-control') ?? '')) return response;
			const body = new Uint8Array(await response.arrayBuffer());
			const headers = [...response.headers].filter(([k]) => k !== 'etag' && k !== 'content-length');
			const e: Entry = { status: 200, headers, body, etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`, version, storedAt: now() };
			if (body.byteLength <= maxBytes / 8) {
				drop(key);
				entries.set(key, e);
				bytes += body.byteLength;
				while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value!);
			}
			return respond(e, request, 'miss');
		},

		get size() {
			return entries.size;
		}
	};
}

export type PageCache = ReturnType<typeof createPageCache>;
