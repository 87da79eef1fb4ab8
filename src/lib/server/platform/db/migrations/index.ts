import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';

/** Every migration, in order. Append only; a landed migration is never edited. */
export const MIGRATIONS: Record<string, Migration> = {
	'0001_foundation': m0001
};
