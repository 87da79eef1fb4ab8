/** Thin helpers for /api/v1 handlers: one service call, JSON out, problems for errors. */
import type { RequestEvent } from '@sveltejs/kit';
import { AppError } from '../platform/errors';
import { problemResponse } from './problem';

export function json(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
	return new Response(JSON.stringify(data), {
		status: init.status ?? 200,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...init.headers }
	});
}

/** Wraps a handler so that every AppError (and anything unexpected) becomes a problem. */
export function api(fn: (event: RequestEvent) => Promise<Response>): (event: RequestEvent) => Promise<Response> {
	return async (event) => {
		try {
			return await fn(event);
		} catch (e) {
			return problemResponse(e, event.locals.auth?.locale ?? 'vi');
		}
	};
}

export async function readJson(request: Request): Promise<unknown> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.includes('application/json')) throw new AppError('invalid', 'errors.bad_json');
	try {
		return await request.json();
	} catch {
		throw new AppError('invalid', 'errors.bad_json');
	}
}

/** The query string as a plain object (last value wins). */
export const queryOf = (url: URL): Record<string, string> => Object.fromEntries(url.searchParams);
