/**
 * How large a request's body may be. Every unsafe request is held to the default for its kind
 * (1 MiB of JSON; 6 MiB for a form or a multipart upload: a 5 MB picture and its fields). A
 * route that takes more says so beside itself, in a `body-limit.ts` next to its `+server.ts` or
 * `+page.server.ts` (hooks collect those files by route id before anything reads the body).
 * adapter-node stops any body at BODY_SIZE_LIMIT, which the start script sets to the largest.
 */
export const API_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 6 * 1024 * 1024;
/** A lesson's video (100 MiB, MEDIA_LIMITS) and its fields. */
export const MEDIA_BODY_LIMIT = 101 * 1024 * 1024;

/** What a route declares: the method (and form action) that may carry a larger multipart body. */
export interface BodyLimit {
	method: 'POST' | 'PUT' | 'PATCH';
	/** for a page's form action (`?/add`); absent for an API route */
	action?: string;
	bytes: number;
}

/** The declared limits by route id, from the modules hooks found (`/src/routes/…/body-limit.ts`). */
export function declaredLimits(modules: Record<string, { bodyLimit: BodyLimit }>): Map<string, BodyLimit> {
	const byRoute = new Map<string, BodyLimit>();
	for (const [file, mod] of Object.entries(modules)) {
		const routeId = file.replace(/^.*\/routes/, '').replace(/\/body-limit\.ts$/, '') || '/';
		byRoute.set(routeId, mod.bodyLimit);
	}
	return byRoute;
}

/**
 * The limit of this request: a route's own when its method, form action and a multipart body
 * match what it declared (`larger: true`, and then a body sent in chunks may come, capped by the
 * adapter); else the default for its kind.
 */
export function bodyLimitOf(declared: Map<string, BodyLimit>, routeId: string | null, url: URL, request: Request): { bytes: number; larger: boolean } {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	const multipart = type === 'multipart/form-data';
	const own = routeId ? declared.get(routeId) : undefined;
	const action = url.search.startsWith('?/') ? url.search.slice(2) : undefined;
	if (own && multipart && request.method === own.method && own.action === action) return { bytes: own.bytes, larger: true };
	const isApi = url.pathname.startsWith('/api/');
	return { bytes: isApi && !multipart ? API_BODY_LIMIT : UPLOAD_BODY_LIMIT, larger: false };
}
