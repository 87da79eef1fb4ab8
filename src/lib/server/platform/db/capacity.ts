/**
 * The capacity rule shared by everything with places (a class, an event): a place is taken by
 * one conditional UPDATE — the count goes up only while it is below the capacity — so capacity
 * holds under any race, on either database, without a lock; a place given back never takes the
 * count below zero. The waiting list's rule (the longest-waiting takes a freed place) is the
 * caller's, who knows its own table of places.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** The tables with places, and the column that counts the places taken. */
const COUNTED = { classes: 'enrolled_count', events: 'taken_count' } as const;
export type TableWithPlaces = keyof typeof COUNTED;

/** Takes a place if one is free: answers the places now taken, or null when it is full. */
export async function takePlace(db: Kysely<Database>, table: TableWithPlaces, id: string, at: string): Promise<number | null> {
	const n = sql.ref(COUNTED[table]);
	const r = await sql<{ n: number | string }>`update ${sql.table(table)} set ${n} = ${n} + 1, updated_at = ${at} where id = ${id} and ${n} < capacity returning ${n} as n`.execute(db);
	return r.rows[0] ? Number(r.rows[0].n) : null;
}

/** Gives a place back: answers the places now taken (null if none was taken). */
export async function releasePlace(db: Kysely<Database>, table: TableWithPlaces, id: string, at: string): Promise<number | null> {
	const n = sql.ref(COUNTED[table]);
	const r = await sql<{ n: number | string }>`update ${sql.table(table)} set ${n} = ${n} - 1, updated_at = ${at} where id = ${id} and ${n} > 0 returning ${n} as n`.execute(db);
	return r.rows[0] ? Number(r.rows[0].n) : null;
}
