/**
 * The OpenAPI document cannot drift from the routes: every method of every route under
 * /api/v1 is described, nothing described is missing, and the document is valid OpenAPI 3.1
 * by a third-party validator.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

const API = join(import.meta.dirname, '..', '..', '..', 'routes', 'api', 'v1');

/** Every (path, method) the route files export, as OpenAPI writes them: `/units/{id}` `get`. */
function routeMethods(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name === '+server.ts') {
				const route = '/' + relative(API, dir).replace(/\\/g, '/');
				if (route.includes('[...')) continue; // the JSON 404 for unknown paths
				const path = route.replace(/\[(\w+)\]/g, '{$1}').replace(/\/$/, '') || '/';
				for (const m of readFileSync(p, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(`${m[1]!.toLowerCase()} ${path}`);
			}
		}
	};
	walk(API);
	return out.sort();
}

describe('the OpenAPI document', () => {
	const doc = openApiDocument('https://suotdoi.example.vn') as { paths: Record<string, Record<string, unknown>> };
	const described = Object.entries(doc.paths)
		.flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
		.sort();

	it('describes every route under /api/v1, and no route that does not exist', () => {
		const routes = routeMethods();
		expect(routes.length).toBeGreaterThan(60);
		expect(routes.filter((r) => !described.includes(r)), 'routes missing from the document').toEqual([]);
		expect(described.filter((d) => !routes.includes(d)), 'documented but not routed').toEqual([]);
	});

	it('is valid OpenAPI 3.1 by a third-party validator', async () => {
		const v = new Validator();
		const r = await v.validate(doc as never);
		expect(r.errors ?? []).toEqual([]);
		expect(r.valid).toBe(true);
		expect(v.version).toBe('3.1');
	});
});
