/** Loads the demo tree (me-linh.data.ts) into an empty database, in one transaction. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { normalizeVi } from '../../../platform/text';
import { DEMO_LINEAGE, DEMO_ORGS, DEMO_UNITS } from './me-linh.data';

/** A stable UUID (version 8, name-based) for a demo key, so demo links survive a re-seed. */
export function demoId(key: string): string {
	const h = createHash('sha256').update(`suotdoi-demo:${key}`).digest('hex');
	const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function loadDemoPlaces(trx: Kysely<Database>, at: string): Promise<{ units: number; orgs: number }> {
	for (const u of DEMO_UNITS)
		await trx
			.insertInto('admin_units')
			.values({
				id: demoId(u.key),
				code: u.code,
				name: u.name,
				level: u.level,
				kind: u.kind,
				valid_from: u.from,
				valid_until: u.until,
				population: u.population ?? null,
				search_text: normalizeVi(u.name),
				created_at: at,
				updated_at: at
			})
			.execute();
	for (const u of DEMO_UNITS)
		for (const p of u.parents)
			await trx
				.insertInto('unit_links')
				.values({ id: demoId(`link:${u.key}:${p.parentKey}:${p.from}`), unit_id: demoId(u.key), parent_id: demoId(p.parentKey), valid_from: p.from, valid_until: p.until })
				.execute();
	for (const x of DEMO_LINEAGE)
		await trx
			.insertInto('unit_lineage')
			.values({ id: demoId(`lineage:${x.fromKey}:${x.toKey}:${x.date}`), event: x.event, from_unit_id: demoId(x.fromKey), to_unit_id: demoId(x.toKey), effective_date: x.date, note: x.note, created_at: at })
			.execute();
	for (const o of DEMO_ORGS)
		await trx
			.insertInto('organizations')
			.values({
				id: demoId(o.key),
				name: o.name,
				kind: o.kind,
				unit_id: demoId(o.unitKey),
				address: null,
				phone: null,
				email: null,
				valid_from: o.from,
				valid_until: o.until,
				search_text: normalizeVi(o.name),
				created_at: at,
				updated_at: at
			})
			.execute();
	return { units: DEMO_UNITS.length, orgs: DEMO_ORGS.length };
}
