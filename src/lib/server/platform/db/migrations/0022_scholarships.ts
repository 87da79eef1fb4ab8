// Frozen once landed: change the schema with a new migration.
import { sql, type Kysely } from 'kysely';

/**
 * Scholarship rounds for disadvantaged pupils, paid from a study-promotion fund.
 *
 * - `scholarship_criteria_sets`: versioned criteria as data (key, label, points, evidence,
 *   required documents, in `criteria_json`). A set is never edited: a change is a new row with
 *   the same `family` and the next `version`. A round points at the exact version it opened with.
 * - `scholarship_rounds`: one round of one fund, with its budget and number of places; `committed`
 *   and `awarded` follow the approvals, written in the same transaction that holds the round's
 *   row, so that they never pass the budget or the places, whatever runs at once (the checks
 *   are in the database too).
 * - `scholarship_reviewers`: the named accounts that review a round.
 * - `scholarship_nominations`: a pupil put forward by a school, an association branch or a
 *   guardian; when paid, the fund entry that paid it.
 * - `scholarship_documents`: the evidence (photos, PDFs), private to the round's reviewers and chair.
 * - `scholarship_reviews`: one per reviewer and nomination: the points per criterion, or a
 *   declared conflict of interest (then no points).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('scholarship_criteria_sets')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('family', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('criteria_json', 'text', (c) => c.notNull())
		.addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('note', 'text')
		.addColumn('created_by_account_id', 'text', (c) => c.references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('scholarship_criteria_sets_version_idx').on('scholarship_criteria_sets').columns(['family', 'version']).unique().execute();

	await db.schema
		.createTable('scholarship_rounds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('criteria_set_id', 'text', (c) => c.notNull().references('scholarship_criteria_sets.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('school_year', 'text', (c) => c.notNull())
		.addColumn('budget', 'bigint', (c) => c.notNull())
		.addColumn('places', 'integer', (c) => c.notNull())
		.addColumn('award_amount', 'bigint', (c) => c.notNull())
		.addColumn('opens_on', 'text', (c) => c.notNull())
		.addColumn('closes_on', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('committed', 'bigint', (c) => c.notNull().defaultTo(0))
		.addColumn('awarded', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('chair_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('paid_on', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addCheckConstraint('scholarship_rounds_within_budget', sql`committed >= 0 and committed <= budget and awarded >= 0 and awarded <= places`)
		.execute();
	await db.schema.createIndex('scholarship_rounds_fund_idx').on('scholarship_rounds').column('fund_id').execute();

	await db.schema
		.createTable('scholarship_reviewers')
		.addColumn('round_id', 'text', (c) => c.notNull().references('scholarship_rounds.id'))
		.addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('added_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('scholarship_reviewers_pk', ['round_id', 'account_id'])
		.execute();

	await db.schema
		.createTable('scholarship_nominations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) => c.notNull().references('scholarship_rounds.id'))
		.addColumn('resident_id', 'text', (c) => c.references('residents.id'))
		.addColumn('pupil_name', 'text', (c) => c.notNull())
		.addColumn('birth_year', 'integer', (c) => c.notNull())
		.addColumn('school_name', 'text', (c) => c.notNull())
		.addColumn('school_org_id', 'text', (c) => c.references('organizations.id'))
		.addColumn('class_name', 'text', (c) => c.notNull())
		.addColumn('village_id', 'text', (c) => c.notNull().references('admin_units.id'))
		.addColumn('circumstances', 'text', (c) => c.notNull())
		.addColumn('claims_json', 'text', (c) => c.notNull())
		.addColumn('nominator_kind', 'text', (c) => c.notNull())
		.addColumn('nominated_by_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('amount', 'bigint')
		.addColumn('approved_at', 'text')
		.addColumn('entry_id', 'text', (c) => c.references('fund_entries.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('scholarship_nominations_round_idx').on('scholarship_nominations').columns(['round_id', 'status']).execute();

	await db.schema
		.createTable('scholarship_documents')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('nomination_id', 'text', (c) => c.notNull().references('scholarship_nominations.id'))
		.addColumn('file_key', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('uploaded_by_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('scholarship_documents_nomination_idx').on('scholarship_documents').column('nomination_id').execute();

	await db.schema
		.createTable('scholarship_reviews')
		.addColumn('nomination_id', 'text', (c) => c.notNull().references('scholarship_nominations.id'))
		.addColumn('reviewer_account_id', 'text', (c) => c.notNull().references('accounts.id'))
		.addColumn('conflict', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('conflict_reason', 'text')
		.addColumn('scores_json', 'text', (c) => c.notNull())
		.addColumn('total', 'integer', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('scholarship_reviews_pk', ['nomination_id', 'reviewer_account_id'])
		.execute();

	// the typical set most associations use, to start from: not an official text (unconfirmed),
	// shown as such; an administrator makes a new version with the association's own figures
	const typical = [
		{ key: 'poor_household', label: 'Hộ nghèo hoặc cận nghèo', maxPoints: 25, evidence: 'Hộ có tên trong danh sách hộ nghèo, cận nghèo năm hiện hành của xã', documents: ['Giấy chứng nhận hộ nghèo hoặc cận nghèo'] },
		{ key: 'orphan', label: 'Mồ côi cha, mẹ hoặc cả cha lẫn mẹ', maxPoints: 20, evidence: 'Mồ côi cả cha lẫn mẹ được điểm tối đa; mồ côi cha hoặc mẹ được một nửa', documents: ['Giấy chứng tử hoặc xác nhận của Ủy ban nhân dân xã'] },
		{ key: 'disability', label: 'Học sinh khuyết tật', maxPoints: 15, evidence: 'Theo giấy xác nhận mức độ khuyết tật', documents: ['Giấy xác nhận khuyết tật'] },
		{ key: 'distance', label: 'Nhà xa trường, đường đi học khó khăn', maxPoints: 10, evidence: 'Khoảng cách từ nhà đến trường, do nhà trường hoặc trưởng thôn xác nhận', documents: [] },
		{ key: 'results', label: 'Kết quả học tập và rèn luyện', maxPoints: 20, evidence: 'Kết quả năm học trước: học lực, hạnh kiểm, giấy khen', documents: ['Học bạ hoặc giấy khen năm học trước'] },
		{ key: 'hardship', label: 'Nghị lực vượt khó, vươn lên trong học tập', maxPoints: 10, evidence: 'Nhận xét của giáo viên chủ nhiệm và chi hội khuyến học thôn', documents: ['Nhận xét của giáo viên chủ nhiệm'] }
	];
	await db
		.insertInto('scholarship_criteria_sets')
		.values({ id: '01900000-0000-7000-8000-00000000c001', family: 'hoc-bong-vuot-kho', version: 1, name: 'Học bổng cho học sinh có hoàn cảnh khó khăn (bộ tiêu chí thường dùng)', criteria_json: JSON.stringify(typical), confirmed: 0, note: 'Bộ tiêu chí mẫu, chưa được xác nhận chính thức — quản trị viên có thể sửa.', created_by_account_id: null, created_at: '2026-01-01T00:00:00.000Z' })
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['scholarship_reviews', 'scholarship_documents', 'scholarship_nominations', 'scholarship_reviewers', 'scholarship_rounds', 'scholarship_criteria_sets']) await db.schema.dropTable(t).execute();
}
