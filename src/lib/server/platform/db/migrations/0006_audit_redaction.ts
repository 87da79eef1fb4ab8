// Frozen once landed: change the schema with a new migration.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Erasure meets the append-only log. The log stays append-only, with one narrow exception:
 * personal values may be blanked — before_json and after_json replaced by the marker
 * {"redacted":true}, the actor's label by "[đã xóa]", the address and browser by null —
 * stamping redacted_at. What was done, to which record, when and under which account stay as
 * written; nothing can be forged or removed. Any other UPDATE, and every DELETE, is refused.
 */
const MARKER = '{"redacted":true}';
const ACTOR = '[đã xóa]';

const CONDITION = (distinct: (a: string, b: string) => string) => `
	NEW.redacted_at IS NOT NULL AND (OLD.redacted_at IS NULL OR ${distinct('NEW.redacted_at', 'OLD.redacted_at')})
	AND ${distinct('NEW.id', 'OLD.id')} AND ${distinct('NEW.at', 'OLD.at')}
	AND ${distinct('NEW.actor_account_id', 'OLD.actor_account_id')} AND ${distinct('NEW.action', 'OLD.action')}
	AND ${distinct('NEW.entity_type', 'OLD.entity_type')} AND ${distinct('NEW.entity_id', 'OLD.entity_id')}
	AND ${distinct('NEW.scope_unit_id', 'OLD.scope_unit_id')} AND ${distinct('NEW.note', 'OLD.note')}
	AND (${distinct('NEW.actor_label', 'OLD.actor_label')} OR NEW.actor_label = '${ACTOR}')
	AND (${distinct('NEW.ip', 'OLD.ip')} OR NEW.ip IS NULL)
	AND (${distinct('NEW.user_agent', 'OLD.user_agent')} OR NEW.user_agent IS NULL)
	AND (${distinct('NEW.before_json', 'OLD.before_json')} OR NEW.before_json = '${MARKER}')
	AND (${distinct('NEW.after_json', 'OLD.after_json')} OR NEW.after_json = '${MARKER}')`;

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('audit_log').addColumn('redacted_at', 'text').execute();
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`DROP TRIGGER audit_log_no_update ON audit_log`.execute(db);
		await sql
			.raw(
				`CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF TG_OP = 'UPDATE' AND ${CONDITION((a, b) => `${a} IS NOT DISTINCT FROM ${b}`)} THEN RETURN NEW; END IF;
				RAISE EXCEPTION 'audit_log is append-only';
			END $$`
			)
			.execute(db);
		await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
			FOR EACH ROW EXECUTE FUNCTION audit_log_guard()`.execute(db);
	} else {
		await sql`DROP TRIGGER audit_log_no_update`.execute(db);
		await sql
			.raw(
				`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
			WHEN NOT (${CONDITION((a, b) => `${a} IS ${b}`)})
			BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`
			)
			.execute(db);
	}
}
export async function down(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`DROP TRIGGER audit_log_no_update ON audit_log`.execute(db);
		await sql`DROP FUNCTION IF EXISTS audit_log_guard()`.execute(db);
		await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
			FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
	} else {
		await sql`DROP TRIGGER audit_log_no_update`.execute(db);
		await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
			BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
	}
	await db.schema.alterTable('audit_log').dropColumn('redacted_at').execute();
}
