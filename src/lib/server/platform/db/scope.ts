/**
 * Scope in SQL: the pieces every module's list queries use to keep to what the actor may see
 * (DESIGN: "list queries filtered by scope inside the SQL"), over the administrative tree's
 * links as of a date. They belong to the gateway's side of the house, not to one module.
 */
import { sql, type RawBuilder } from 'kysely';
import type { ScopeSet } from '../access';

/**
 * The ids of the units under the roots (the roots included) as of date d: a subquery to
 * put inside `... in (…)`. Any module may use it to filter a list by scope in SQL.
 */
export function unitSubtreeSql(roots: readonly string[], d: string): RawBuilder<unknown> {
	const ids = roots.length ? sql.join(roots.map((r) => sql`${r}`)) : sql`null`;
	return sql`with recursive sub(id) as (
		select id from admin_units where id in (${ids})
		union
		select l.unit_id from unit_links l join sub on l.parent_id = sub.id
		where l.valid_from <= ${d} and (l.valid_until is null or l.valid_until > ${d})
	) select id from sub`;
}

/** A where-clause fragment: column belongs to the scope (unit subtrees or the organisations). */
export function inScopeSql(scope: ScopeSet, unitColumn: string, orgColumn: string | null, d: string): RawBuilder<boolean> {
	if (scope.all) return sql<boolean>`1 = 1`;
	const parts: RawBuilder<unknown>[] = [];
	if (scope.unitIds.length) parts.push(sql`${sql.ref(unitColumn)} in (${unitSubtreeSql(scope.unitIds, d)})`);
	if (orgColumn && scope.orgIds.length) parts.push(sql`${sql.ref(orgColumn)} in (${sql.join(scope.orgIds.map((o) => sql`${o}`))})`);
	if (!parts.length) return sql<boolean>`1 = 0`;
	return sql<boolean>`(${sql.join(parts, sql` or `)})`;
}

