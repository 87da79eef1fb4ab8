/**
 * The edge: services into locals, session cookie or bearer token into an actor, CSRF for
 * cookie-authenticated API calls, body limits, security headers, first-run setup.
 */
import type { Handle, HandleServerError } from '@sveltejs/kit';
import type { IncomingMessage } from 'node:http';
import { isLocale, type Locale } from '$lib/i18n';
import { getServices, type RouteServices } from '$lib/server/app';
import { AppError } from '$lib/server/platform/errors';
import { problemResponse } from '$lib/server/web/problem';
import { SESSION_COOKIE } from '$lib/server/web/session-cookie';
import { bodyLimitOf, declaredLimits, type BodyLimit } from '$lib/server/web/body-limits';
import { createPageCache, PUBLIC_ROUTES, type KeptAnswer } from '$lib/server/web/page-cache';
import type { ChangeSignal } from '$lib/server/platform/changes';

// larger bodies are declared beside their routes (body-limit.ts), collected here by route id
const DECLARED_LIMITS = declaredLimits(import.meta.glob<{ bodyLimit: BodyLimit }>('./routes/**/body-limit.ts', { eager: true }));

// the bench's queries per request: with BENCH_QUERY_COUNT=1 each answer says how many statements
// this process sent while it was being made (exact when requests come one at a time)
const COUNT_QUERIES = process.env.BENCH_QUERY_COUNT === '1';

// anonymous answers of public routes, kept while the data has not changed (here or in another process)
const pageCache = createPageCache();
let changes: ChangeSignal | null = null;

/** The cache key: the language and the address as sent (a page and its __data.json are two answers). */
const keyOf = (locale: Locale, pathAndQuery: string) => `${locale} ${pathAndQuery}`;

/**
 * The entry (server.js) asks here before SvelteKit builds a Request: an anonymous GET or HEAD
 * whose answer is kept answers at once. Anything else (a session, a token, no-cache, not kept)
 * goes on to SvelteKit and the handle below.
 */
(globalThis as { __suotdoiKeptAnswer?: unknown }).__suotdoiKeptAnswer = (req: IncomingMessage): KeptAnswer | null => {
	if (!changes || (req.method !== 'GET' && req.method !== 'HEAD')) return null;
	const h = req.headers;
	if (h.authorization || h.cookie?.includes(`${SESSION_COOKIE}=`)) return null;
	const path = req.url ?? '/';
	const q = path.indexOf('?');
	const locale = localeOf(q < 0 ? null : new URLSearchParams(path.slice(q + 1)).get('lang'), /(?:^|;\s*)lang=([^;]*)/.exec(h.cookie ?? '')?.[1]);
	return pageCache.lookupRaw(keyOf(locale, path), changes.version(), { method: req.method, ifNoneMatch: h['if-none-match'], cacheControl: h['cache-control'] });
};

let setupDone = false;
let forRoutes: RouteServices | null = null;

/** The reader's language: ?lang= first, then the lang cookie, else Vietnamese. */
function localeOf(queryLang: string | null | undefined, cookieLang: string | undefined): Locale {
	if (isLocale(queryLang)) return queryLang;
	return isLocale(cookieLang) ? cookieLang : 'vi';
}

function securityHeaders(response: Response, isApi: boolean, https: boolean): void {
	const h = response.headers;
	// served over https (ORIGIN, or the proxy's protocol header): browsers keep to https for a year
	if (https) h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	h.set('x-frame-options', 'DENY');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	h.set('cross-origin-opener-policy', 'same-origin');
	if (isApi || !h.has('content-security-policy')) h.set('content-security-policy', isApi ? "default-src 'none'; frame-ancestors 'none'" : "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function drain(request: Request): Promise<void> {
	const reader = request.body?.getReader();
	if (!reader) return;
	try {
		while (!(await reader.read()).done) {
			/* dropped */
		}
	} catch {
		/* over the adapter's limit: the connection ends anyway */
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const { url, request, cookies } = event;
	const isApi = url.pathname.startsWith('/api/');
	const locale = localeOf(url.searchParams.get('lang'), cookies.get('lang'));
	let ip: string | null = null;
	try {
		ip = event.getClientAddress();
	} catch {
		ip = null;
	}
	const services = await getServices();
	if (!forRoutes) {
		// routes get the use cases only: no database, file store, gateway, clock, mailer, job queue or shutdown
		const { db: _db, files: _files, access: _access, clock: _clock, mailer: _mailer, jobs: _jobs, changes: _changes, shutdown: _shutdown, ...rest } = services;
		forRoutes = rest;
	}
	event.locals.services = forRoutes;
	event.locals.auth = { actor: null, ip, userAgent: request.headers.get('user-agent'), locale };

	const queriesBefore = COUNT_QUERIES ? services.db.queryCount() : 0;
	const done = (r: Response) => {
		securityHeaders(r, isApi, url.protocol === 'https:');
		if (COUNT_QUERIES) r.headers.set('x-query-count', String(services.db.queryCount() - queriesBefore));
		return r;
	};

	if (UNSAFE.has(request.method)) {
		const declared = request.headers.get('content-length');
		const limit = bodyLimitOf(DECLARED_LIMITS, event.route.id, url, request);
		// a body sent in chunks declares no length: only a route that declared a larger body may take one (capped by the adapter)
		const tooLarge = declared === null ? request.body !== null && !limit.larger : Number(declared) > limit.bytes;
		if (tooLarge) {
			// read and drop the body (never kept; adapter-node caps it at BODY_SIZE_LIMIT) so that the
			// client receives the answer and the connection stays usable
			await drain(request);
			if (isApi) return done(problemResponse(new AppError('payload_too_large'), locale));
			const message = locale === 'en' ? 'What you sent is too large.' : 'Dữ liệu gửi lên quá lớn.';
			return done(new Response(message, { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
		}
	}

	// who is asking: a bearer token (API only) or the session cookie
	const authz = request.headers.get('authorization');
	const cookie = cookies.get(SESSION_COOKIE);
	if (isApi && authz) {
		const m = /^Bearer\s+(\S+)$/i.exec(authz);
		const actor = m ? await services.accounts.authenticateToken(m[1]!) : null;
		if (!actor) return done(problemResponse(new AppError('unauthenticated'), locale));
		event.locals.auth.actor = actor;
	} else if (cookie) {
		const actor = await services.accounts.authenticateSession(cookie);
		if (actor) event.locals.auth.actor = actor;
		else cookies.delete(SESSION_COOKIE, { path: '/' });
		// CSRF: a cookie rides along on cross-site requests; unsafe API calls must come from our own pages
		if (isApi && UNSAFE.has(request.method)) {
			const origin = request.headers.get('origin');
			const site = request.headers.get('sec-fetch-site');
			const sameOrigin = origin ? origin === url.origin : site === 'same-origin' || site === 'none';
			if (!sameOrigin) return done(problemResponse(new AppError('forbidden', 'errors.csrf'), locale));
		}
	}

	// first run: no account yet → the setup page
	if (!setupDone) {
		if (await services.accounts.needsSetup()) {
			const allowed = url.pathname === '/setup' || url.pathname.startsWith('/api/v1/health') || url.pathname.startsWith('/_app/') || url.pathname === '/favicon.svg';
			if (!allowed) {
				if (isApi) return done(problemResponse(new AppError('forbidden', 'errors.setup.needed'), locale));
				return done(new Response(null, { status: 303, headers: { location: '/setup' } }));
			}
		} else setupDone = true;
	}

	const render = () => resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
	changes ??= services.changes();

	// what anyone would be answered: from the cache while the data is as it was
	if ((request.method === 'GET' || request.method === 'HEAD') && !cookie && !authz && PUBLIC_ROUTES.has(event.route.id ?? '')) {
		const raw = new URL(request.url);
		const key = keyOf(locale, raw.pathname + raw.search);
		const version = changes.version();
		const kept = pageCache.lookup(key, version, request);
		if (kept) return kept;
		// kept with every header it is sent with
		return pageCache.keep(key, version, request, done(await render()));
	}

	const response = await render();
	// a write that went through: what was kept is old, here and in the other processes
	if (UNSAFE.has(request.method) && response.status < 400) changes.changed();
	// a signed-in answer is never kept by a shared cache
	if (event.locals.auth.actor && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-cache');
	return done(response);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	// a client's mistake (a malformed URL, an unknown page) is answered, not logged with a stack trace
	if (status >= 500) console.error(`[${event.request.method} ${event.url.pathname}]`, error);
	const locale = event.locals.auth?.locale ?? 'vi';
	if (status === 404) return { message: locale === 'en' ? 'Not found.' : 'Không tìm thấy trang bạn cần.' };
	if (status < 500) return { message: locale === 'en' ? 'The address or the request is not valid.' : 'Địa chỉ hoặc yêu cầu không hợp lệ.' };
	return { message: locale === 'en' ? 'Something went wrong. Please try again later.' : 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' };
};
