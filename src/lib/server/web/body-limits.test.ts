import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_BODY_LIMIT, bodyLimitOf, declaredLimits, MEDIA_BODY_LIMIT, UPLOAD_BODY_LIMIT, type BodyLimit } from './body-limits';

// the same files hooks.server.ts collects
const declared = declaredLimits(import.meta.glob<{ bodyLimit: BodyLimit }>('/src/routes/**/body-limit.ts', { eager: true }));

const req = (method: string, type: string | null) => new Request('http://x/', { method, headers: type ? { 'content-type': type } : {} });

describe('body limits declared beside their routes', () => {
	it('finds the lesson routes by route id, each beside a route file', () => {
		expect([...declared.keys()].sort()).toEqual(['/api/v1/courses/[id]/lessons', '/console/courses/[id]/lessons']);
		for (const id of declared.keys()) expect(existsSync(`src/routes${id}/+server.ts`) || existsSync(`src/routes${id}/+page.server.ts`)).toBe(true);
	});

	it('gives the larger limit only to the declared method, form action and a multipart body', () => {
		const api = '/api/v1/courses/[id]/lessons';
		const page = '/console/courses/[id]/lessons';
		const mp = 'multipart/form-data; boundary=x';
		expect(bodyLimitOf(declared, api, new URL('http://x/api/v1/courses/1/lessons'), req('POST', mp))).toEqual({ bytes: MEDIA_BODY_LIMIT, larger: true });
		expect(bodyLimitOf(declared, api, new URL('http://x/api/v1/courses/1/lessons'), req('POST', 'application/json'))).toEqual({ bytes: API_BODY_LIMIT, larger: false });
		expect(bodyLimitOf(declared, page, new URL('http://x/console/courses/1/lessons?/add'), req('POST', mp))).toEqual({ bytes: MEDIA_BODY_LIMIT, larger: true });
		expect(bodyLimitOf(declared, page, new URL('http://x/console/courses/1/lessons?/remove'), req('POST', mp))).toEqual({ bytes: UPLOAD_BODY_LIMIT, larger: false });
		expect(bodyLimitOf(declared, '/api/v1/news/[id]/cover', new URL('http://x/api/v1/news/1/cover'), req('PUT', mp))).toEqual({ bytes: UPLOAD_BODY_LIMIT, larger: false });
		expect(bodyLimitOf(declared, null, new URL('http://x/api/v1/nowhere'), req('POST', null))).toEqual({ bytes: API_BODY_LIMIT, larger: false });
	});
});
