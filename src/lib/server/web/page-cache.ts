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
	'/verify',
	'/verify/[code]',
	'/communes/[id]',
	'/about',
	'/help',
	'/privacy',
	'/funds/[id]',
	'/honour-board',
	'/api/v1/honour-board',
	'/api/v1/funds/[id]/public',
	'/receipts/[code]',
	'/communes/[id]/funds',
	'/api/v1/communes/[id]/funds',
	'/api/v1/receipts/[code]/verification',
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
	/** every header of the answer (security headers, ETag, Cache-Control included) */
	headers: Record<string, string>;
	body: Uint8Array;
	etag: string;
	version: number;
	storedAt: number;
	/** the answer to a plain GET, made once (most requests) */
	hit: KeptAnswer;
}

/** What a kept answer is sent as: plain values, for SvelteKit's Response or a raw node response. */
export interface KeptAnswer {
	status: number;
	headers: Record<string, string>;
	body: Uint8Array | null;
}

/** Of a request, what the cache looks at. */
export interface Asked {
	method: string;
	ifNoneMatch?: string | null;
	cacheControl?: string | null;
}

export interface PageCacheOptions {
	maxEntries?: number;
	maxBytes?: number;
	ttlMs?: number;
	now?: () => number;
}

const askedOf = (r: Request): Asked => ({ method: r.method, ifNoneMatch: r.headers.get('if-none-match'), cacheControl: r.headers.get('cache-control') });
const toResponse = (a: KeptAnswer) => new Response(a.body as Uint8Array<ArrayBuffer> | null, { status: a.status, headers: a.headers });

export function createPageCache({ maxEntries = 1000, maxBytes = 64 * 1024 * 1024, ttlMs = 60_000, now = Date.now }: PageCacheOptions = {}) {
	const entries = new Map<string, Entry>();
	let bytes = 0;
	const drop = (key: string) => {
		const e = entries.get(key);
		if (!e) return;
		bytes -= e.body.byteLength;
		entries.delete(key);
	};

	function answer(e: Entry, asked: Asked, state: 'hit' | 'miss'): KeptAnswer {
		if (state === 'hit' && asked.method === 'GET' && asked.ifNoneMatch !== e.etag) return e.hit;
		if (asked.ifNoneMatch === e.etag) {
			const { 'content-type': _t, 'content-length': _l, 'content-encoding': _e, ...rest } = e.headers;
			return { status: 304, headers: { ...rest, 'x-cache': state }, body: null };
		}
		return { status: e.status, headers: { ...e.headers, 'content-length': String(e.body.byteLength), 'x-cache': state }, body: asked.method === 'HEAD' ? null : e.body };
	}

	function find(key: string, version: number, asked: Asked): KeptAnswer | null {
		if (asked.cacheControl && /\bno-cache\b/i.test(asked.cacheControl)) return null;
		const e = entries.get(key);
		if (!e) return null;
		if (e.version !== version || now() - e.storedAt > ttlMs) {
			drop(key);
			return null;
		}
		// least recently used leaves first
		entries.delete(key);
		entries.set(key, e);
		return answer(e, asked, 'hit');
	}

	return {
		/** The kept answer of `key` while `version` is still the data's, or null. */
		lookup(key: string, version: number, request: Request): Response | null {
			const a = find(key, version, askedOf(request));
			return a && toResponse(a);
		},

		/** The same, as plain values (the entry server.js answers before SvelteKit). */
		lookupRaw: find,

		/** Keeps a fresh answer made from the data at `version` (a 200 without cookies) and answers it. */
		async keep(key: string, version: number, request: Request, response: Response): Promise<Response> {
			// the route list says what is public; an answer marked private by its route, or setting a cookie, is not kept
			if (response.status !== 200 || response.headers.has('set-cookie') || /private/i.test(response.headers.get('cache-control') ?? '')) return response;
			const body = new Uint8Array(await response.arrayBuffer());
			const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
			const headers = Object.fromEntries([...response.headers].filter(([k]) => k !== 'etag' && k !== 'content-length'));
			Object.assign(headers, { etag, 'cache-control': 'public, no-cache', vary: 'cookie' });
			const e: Entry = { status: 200, headers, body, etag, version, storedAt: now(), hit: { status: 200, headers: { ...headers, 'content-length': String(body.byteLength), 'x-cache': 'hit' }, body } };
			if (body.byteLength <= maxBytes / 8) {
				drop(key);
				entries.set(key, e);
				bytes += body.byteLength;
				while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value!);
			}
			return toResponse(answer(e, askedOf(request), 'miss'));
		},

		get size() {
			return entries.size;
		}
	};
}

export type PageCache = ReturnType<typeof createPageCache>;
