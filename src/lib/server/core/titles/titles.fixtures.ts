/**
 * Test and demo fixtures: a household with its members in a village, and learning records for
 * them (a class with sessions attended, an online completion, a certificate), written straight
 * into the tables as the learning module would have left them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { newId } from '../../platform/ids';
import { normalizeVi } from '../../platform/text';

type DB = Kysely<Database>;

export async function makeHousehold(db: DB, villageId: string, members: { name: string; birth: string; gender?: string; accountId?: string | null }[], at: string) {
	const hid = newId();
	const ids = members.map(() => newId());
	await db.insertInto('households').values({ id: hid, village_id: villageId, address: null, head_resident_id: null, created_at: at, updated_at: at }).execute();
	await db
		.insertInto('residents')
		.values(
			members.map((m, i) => ({ id: ids[i]!, full_name: m.name, birth_date: m.birth, gender: m.gender ?? 'female', village_id: villageId, household_id: hid, relation_to_head: i === 0 ? 'head' : 'child', phone: null, email: null, account_id: m.accountId ?? null, status: 'active', merged_into_id: null, search_text: normalizeVi(m.name), created_at: at, updated_at: at, erased_at: null }))
		)
		.execute();
	await db.updateTable('households').set({ head_resident_id: ids[0]! }).where('id', '=', hid).execute();
	return { householdId: hid, memberIds: ids };
}

/** A class of an existing course with sessions on the given dates (19:00–21:00), each attended by the residents. */
export async function attendClass(db: DB, courseId: string, residentIds: string[], dates: string[], at: string) {
	const classId = newId();
	await db.insertInto('classes').values({ id: classId, course_id: courseId, title: 'Lớp kỹ thuật trồng lúa', venue: 'Nhà văn hoá thôn', teacher_name: 'Thầy Lâm', teacher_account_id: null, capacity: 40, enrolled_count: residentIds.length, starts_on: dates[0]!, ends_on: dates[dates.length - 1]!, status: 'open', created_at: at, updated_at: at }).execute();
	const sessions = dates.map((date) => ({ id: newId(), class_id: classId, date, starts_at: '19:00', ends_at: '21:00', topic: null }));
	await db.insertInto('class_sessions').values(sessions).execute();
	for (const r of residentIds) {
		const e = newId();
		await db.insertInto('enrolments').values({ id: e, class_id: classId, resident_id: r, account_id: null, learner_name: 'Học viên', status: 'enrolled', enrolled_by_account_id: null, created_at: at, updated_at: at, withdrawn_at: null }).execute();
		await db
			.insertInto('attendance')
			.values(sessions.map((s) => ({ session_id: s.id, enrolment_id: e, present: 1, recorded_by_account_id: null, recorded_at: at })))
			.execute();
	}
	return classId;
}

/** A completion of a course by a resident, with its certificate. */
export async function completeWithCertificate(db: DB, course: { id: string; org_id: string; title: string; unit_id: string }, residentId: string, name: string, on: string, seq: number) {
	const completionId = newId();
	await db.insertInto('completions').values({ id: completionId, course_id: course.id, account_id: null, resident_id: residentId, hours: 6, completed_at: `${on}T10:00:00.000Z` }).execute();
	const code = `TEST-${seq}-${completionId.slice(-6)}`.toUpperCase();
	await db
		.insertInto('certificates')
		.values({ id: newId(), code, number: `T/${on.slice(0, 4)}/${seq}`, org_id: course.org_id, year: Number(on.slice(0, 4)), seq, completion_id: completionId, course_id: course.id, account_id: null, resident_id: residentId, learner_name: name, course_title: course.title, hours: 6, issued_on: on, revoked_at: null, revoked_reason: null, revoked_by_account_id: null, kind: 'course', unit_id: course.unit_id, books: null })
		.execute();
	return code;
}
