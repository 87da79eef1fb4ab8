// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/**
 * The Lifelong Learning Week (issue 14): campaigns with their directives and who reports on
 * them, events with registrations, tickets and check-ins, and online quiz contests.
 *
 * - A campaign belongs to a level (the city or a commune) and a unit; a commune's campaign may
 *   follow the city's (`parent_campaign_id`) and so inherits its directives. A directive names
 *   the kinds of actors it is for (comma-separated keys), a deadline and the figures to report
 *   (a JSON list of {key, label}). An assignment is one directive for one organisation of a
 *   commune (or the commune itself, `org_id` null, for actors that are not organisations here):
 *   its progress, figures (JSON object) and short report.
 * - An event has a capacity and the places taken (`taken_count`, moved by one conditional UPDATE,
 *   as classes do); a registration holds a place or waits; each has a ticket code (unique, ASCII).
 *   A check-in names its registration, unique: one ticket checks in once, whatever the race. A
 *   walk-in added on a scanner offline carries the client's key, unique, so a retry adds nobody twice.
 * - A contest draws questions from its bank; one attempt per person (unique per account) holds the
 *   questions drawn, the deadline, and once submitted the score and time taken. An attempt entered
 *   on paper and typed in later names the resident instead of an account.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('campaigns')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('parent_campaign_id', 'text', (c) => c.references('campaigns.id'))
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('theme', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('starts_on', 'text', (c) => c.notNull())
		.addColumn('ends_on', 'text', (c) => c.notNull())
		.addColumn('plan', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('report_due_on', 'text')
		.addColumn('report_submitted_at', 'text')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('campaigns_unit_idx').on('campaigns').columns(['unit_id', 'year']).execute();
	await db.schema.createIndex('campaigns_parent_idx').on('campaigns').column('parent_campaign_id').execute();

	await db.schema
		.createTable('campaign_directives')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('actor_kinds', 'text', (c) => c.notNull())
		.addColumn('due_on', 'text', (c) => c.notNull())
		.addColumn('figures', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('campaign_directives_campaign_idx').on('campaign_directives').columns(['campaign_id', 'position']).execute();

	await db.schema
		.createTable('campaign_assignments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
		.addColumn('directive_id', 'text', (c) => c.notNull().references('campaign_directives.id'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('actor_kind', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('todo'))
		.addColumn('figures', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('report', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('reported_at', 'text')
		.addColumn('reported_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('reminded_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('campaign_assignments_campaign_idx').on('campaign_assignments').columns(['campaign_id', 'status']).execute();
	await db.schema.createIndex('campaign_assignments_org_idx').on('campaign_assignments').column('org_id').execute();
	// one assignment per directive, commune and holder
	await db.schema.createIndex('campaign_assignments_once').on('campaign_assignments').columns(['campaign_id', 'directive_id', 'actor_kind', 'org_id']).unique().execute();

	await db.schema
		.createTable('events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('venue', 'text', (c) => c.notNull())
		.addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('capacity', 'integer', (c) => c.notNull())
		.addColumn('taken_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addCheckConstraint('events_taken_within_capacity', sql`taken_count >= 0 and taken_count <= capacity`)
		.execute();
	await db.schema.createIndex('events_unit_idx').on('events').columns(['unit_id', 'starts_at']).execute();
	await db.schema.createIndex('events_campaign_idx').on('events').column('campaign_id').execute();

	await db.schema
		.createTable('event_registrations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('ticket_code', 'text', (c) => c.notNull())
		.addColumn('walk_in', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('client_key', 'text')
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('event_registrations_ticket_idx').on('event_registrations').column('ticket_code').unique().execute();
	await db.schema.createIndex('event_registrations_client_idx').on('event_registrations').column('client_key').unique().where(sql.ref('client_key'), 'is not', null).execute();
	await db.schema.createIndex('event_registrations_event_idx').on('event_registrations').columns(['event_id', 'status', 'created_at']).execute();
	await db.schema.createIndex('event_registrations_account_idx').on('event_registrations').columns(['account_id', 'event_id']).execute();

	await db.schema
		.createTable('event_check_ins')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
		.addColumn('registration_id', 'text', (c) => c.notNull().references('event_registrations.id'))
		.addColumn('checked_in_at', 'text', (c) => c.notNull())
		.addColumn('by_account_id', 'text', (c) => c.references('accounts.id'))
		.execute();
	// one ticket checks in once, even from two phones at the same moment
	await db.schema.createIndex('event_check_ins_once').on('event_check_ins').column('registration_id').unique().execute();
	await db.schema.createIndex('event_check_ins_event_idx').on('event_check_ins').column('event_id').execute();

	await db.schema
		.createTable('contests')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('opens_at', 'text', (c) => c.notNull())
		.addColumn('closes_at', 'text', (c) => c.notNull())
		.addColumn('question_count', 'integer', (c) => c.notNull())
		.addColumn('time_limit_seconds', 'integer', (c) => c.notNull())
		.addColumn('prizes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('contest_questions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('contest_id', 'text', (c) => c.notNull().references('contests.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('prompt', 'text', (c) => c.notNull())
		.addColumn('choices', 'text', (c) => c.notNull())
		.addColumn('answer', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('contest_questions_contest_idx').on('contest_questions').columns(['contest_id', 'position']).execute();
	await db.schema
		.createTable('contest_attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('contest_id', 'text', (c) => c.notNull().references('contests.id'))
		.addColumn('account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'text', (c) => c.references('admin_units.id'))
		.addColumn('question_ids', 'text', (c) => c.notNull())
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('deadline_at', 'text', (c) => c.notNull())
		.addColumn('submitted_at', 'text')
		.addColumn('answers', 'text')
		.addColumn('score', 'integer')
		.addColumn('duration_ms', 'integer')
		.execute();
	// one attempt per person
	await db.schema.createIndex('contest_attempts_once').on('contest_attempts').columns(['contest_id', 'account_id']).unique().execute();
	await db.schema.createIndex('contest_attempts_rank_idx').on('contest_attempts').columns(['contest_id', 'score', 'duration_ms']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['contest_attempts', 'contest_questions', 'contests', 'event_check_ins', 'event_registrations', 'events', 'campaign_assignments', 'campaign_directives', 'campaigns']) await db.schema.dropTable(t).execute();
}
