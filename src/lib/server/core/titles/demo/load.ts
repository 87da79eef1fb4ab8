/**
 * The demo's learning titles: last year's cycle finished in all four communes (about 60 % of the
 * households registered, most recognised, some refused with a reason; villages and clans too), and
 * this year's cycle open in Quang Minh at the village review, one village's list posted (live for
 * ten days from three days ago) with an objection from dan.lan waiting for the commune's answer.
 * Written in batches straight into the tables, so that loading stays quick at 60,000 households.
 */
import type { Kysely } from 'kysely';
import type { Services } from '../../../app';
import { addDays, todayVn } from '../../../platform/clock';
import type { Database } from '../../../platform/db/schema';
import { newId } from '../../../platform/ids';
import { demoId } from '../../places/demo/load';
import { newCertificateCode } from '../titles.review';
import { makeHousehold } from '../titles.fixtures';

type DB = Kysely<Database>;
const COMMUNES = ['xa-quang-minh', 'xa-me-linh', 'xa-yen-lang', 'xa-tien-thang'];
const REFUSALS = ['Gia đình có cháu bỏ học giữa năm', 'Chưa tham gia học tập tại Trung tâm học tập cộng đồng trong năm', 'Hộ chưa tự đánh giá, không đủ minh chứng'];

/** A stable draw in [0, 1) from a string. */
function draw(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return ((h >>> 0) % 10_000) / 10_000;
}

async function insertAll<T extends keyof Database>(db: DB, table: T, rows: Database[T][], per = 500): Promise<void> {
	for (let i = 0; i < rows.length; i += per) await db.insertInto(table).values(rows.slice(i, i + per) as never).execute();
}

export async function loadDemoTitles(s: Services): Promise<{ registrations: number; certificates: number }> {
	const k = s.db.kysely;
	const at = s.clock.now().toISOString();
	const today = todayVn(s.clock);
	const year = Number(today.slice(0, 4));
	const admin = await s.accounts.commandLineAuth('admin');
	// the criteria sets, seeded as the best-known versions
	for (const kind of ['family', 'clan', 'community', 'unit', 'citizen']) await s.titles.criteriaFor(admin, kind);
	const sets = await k.selectFrom('criteria_sets').select(['id', 'subject_kind']).execute();
	const setOf = new Map(sets.map((x) => [x.subject_kind, x.id]));

	// dan.lan's household in her village (her record is there with the demo residents; made here otherwise)
	const lanAccount = await k.selectFrom('accounts').select('id').where('login', '=', 'dan.lan').executeTakeFirst();
	const qmVillages = await k.selectFrom('unit_links as l').innerJoin('admin_units as u', 'u.id', 'l.unit_id').select(['u.id', 'u.name']).where('l.parent_id', '=', demoId('xa-quang-minh')).where('u.level', '=', 'village').where('l.valid_until', 'is', null).orderBy('u.name').execute();
	let lan = lanAccount ? await k.selectFrom('residents').select(['id', 'village_id', 'household_id']).where('account_id', '=', lanAccount.id).executeTakeFirst() : undefined;
	if (lanAccount && !lan) {
		const h = await makeHousehold(k, qmVillages[0]!.id, [{ name: 'Nguyễn Thị Lan', birth: '1986-05-12', accountId: lanAccount.id }, { name: 'Trần Văn Tâm', birth: '1984-02-10', gender: 'male' }, { name: 'Trần Minh Khôi', birth: '2013-09-01', gender: 'male' }], at);
		lan = { id: h.memberIds[0]!, village_id: qmVillages[0]!.id, household_id: h.householdId };
	} else if (lan && !lan.household_id) {
		const hid = newId();
		await k.insertInto('households').values({ id: hid, village_id: lan.village_id, address: null, head_resident_id: lan.id, created_at: at, updated_at: at }).execute();
		await k.updateTable('residents').set({ household_id: hid, relation_to_head: 'head' }).where('id', '=', lan.id).execute();
		lan = { ...lan, household_id: hid };
	}
	const postVillage = lan?.village_id ?? qmVillages[0]!.id;
	// a few households in the posted village, so that its list is never empty (the demo residents add many more)
	for (const [i, name] of ['Phạm Văn Hùng', 'Lê Thị Thu', 'Đỗ Văn Nam', 'Vũ Thị Hạnh'].entries()) await makeHousehold(k, postVillage, [{ name, birth: `19${70 + i}-03-0${i + 1}`, gender: i % 2 ? 'female' : 'male' }, { name: 'Con', birth: `20${10 + i}-05-05` }], at);

	const regs: Database['title_registrations'][] = [];
	const certs: Database['title_certificates'][] = [];
	const assessments: Database['title_assessments'][] = [];
	let total = 0;
	for (const key of COMMUNES) {
		const communeId = demoId(key);
		const villages = await k.selectFrom('unit_links as l').innerJoin('admin_units as u', 'u.id', 'l.unit_id').select(['u.id', 'u.name']).where('l.parent_id', '=', communeId).where('u.level', '=', 'village').where('l.valid_until', 'is', null).execute();
		const vids = villages.map((v) => v.id);
		if (!vids.length) continue;
		const households = await k.selectFrom('households as h').leftJoin('residents as p', 'p.id', 'h.head_resident_id').select(['h.id', 'h.village_id', 'p.full_name']).where('h.village_id', 'in', vids).execute();
		const clans = await k.selectFrom('clans').select(['id', 'name', 'home_village_id']).where('home_village_id', 'in', vids).execute();

		// last year: decided
		const last = year - 1;
		const lastId = newId();
		const decisionId = newId();
		await k.insertInto('title_cycles').values({ id: lastId, commune_id: communeId, year: last, registration_until: `${last}-09-30`, review_until: `${last}-10-31`, decision_by: `${last}-11-24`, summary_by: `${last}-12-14`, status: 'decided', opened_by_account_id: null, created_at: at, updated_at: at }).execute();
		const subjects = [
			...households.map((h) => ({ kind: 'family', id: h.id, name: h.full_name ? `Hộ ông/bà ${h.full_name}` : 'Hộ gia đình', village: h.village_id, share: 0.6, pass: 0.9 })),
			...villages.map((v) => ({ kind: 'community', id: v.id, name: v.name, village: v.id, share: 0.8, pass: 0.8 })),
			...clans.map((c) => ({ kind: 'clan', id: c.id, name: c.name, village: c.home_village_id, share: 0.7, pass: 0.85 }))
		];
		let recognised = 0;
		let refused = 0;
		for (const x of subjects) {
			if (draw(`reg:${last}:${x.id}`) >= x.share) continue;
			const ok = draw(`ok:${last}:${x.id}`) < x.pass;
			const score = ok ? 80 + Math.floor(draw(`score:${x.id}`) * 20) : 55 + Math.floor(draw(`score:${x.id}`) * 24);
			const id = newId();
			regs.push({ id, cycle_id: lastId, kind: x.kind, subject_id: x.id, subject_name: x.name, village_id: x.village, via: x.kind === 'family' ? (draw(`via:${x.id}`) < 0.3 ? 'self' : 'village_head') : 'officer', registered_by_account_id: null, status: ok ? 'recognised' : 'refused', self_score: score, review_score: score, review_note: null, refusal_reason: ok ? null : REFUSALS[Math.floor(draw(`why:${x.id}`) * REFUSALS.length)]!, decision_id: ok ? decisionId : null, public_consent: draw(`consent:${x.id}`) < 0.5 ? 1 : 0, created_at: at, updated_at: at });
			if (ok) {
				recognised++;
				certs.push({ id: newId(), code: newCertificateCode(), registration_id: id, decision_id: decisionId, holder_name: x.name, issued_on: `${last}-11-20`, revoked_at: null });
			} else refused++;
		}
		await k.insertInto('title_decisions').values({ id: decisionId, cycle_id: lastId, number: `${150 + COMMUNES.indexOf(key)}/QĐ-UBND`, decided_on: `${last}-11-20`, signer: 'Chủ tịch Ủy ban nhân dân xã', recognised, refused, created_by_account_id: null, created_at: at }).execute();

		if (key !== 'xa-quang-minh') continue;
		// this year in Quang Minh: at the village review
		const cycleId = newId();
		await k.insertInto('title_cycles').values({ id: cycleId, commune_id: communeId, year, registration_until: addDays(today, -7), review_until: addDays(today, 10), decision_by: addDays(today, 20), summary_by: addDays(today, 30), status: 'open', opened_by_account_id: null, created_at: at, updated_at: at }).execute();
		const posted: string[] = [];
		// the posted village always has a neighbour of dan.lan's on its list (her objection is about
		// them): household ids are new each load, so the draw alone could leave the list without one
		let neighbourPosted = false;
		for (const h of households) {
			const mine = h.id === lan?.household_id;
			const inPosted = h.village_id === postVillage;
			if (!mine && draw(`reg:${year}:${h.id}`) >= 0.6 && !(inPosted && !neighbourPosted)) continue;
			if (inPosted && !mine) neighbourPosted = true;
			const self = 70 + Math.floor(draw(`self:${h.id}`) * 30);
			const id = newId();
			regs.push({ id, cycle_id: cycleId, kind: 'family', subject_id: h.id, subject_name: h.full_name ? `Hộ ông/bà ${h.full_name}` : 'Hộ gia đình', village_id: h.village_id, via: mine ? 'self' : 'village_head', registered_by_account_id: null, status: inPosted ? 'reviewed' : draw(`a:${h.id}`) < 0.7 ? 'assessed' : 'registered', self_score: self, review_score: inPosted ? self : null, review_note: null, refusal_reason: null, decision_id: null, public_consent: 0, created_at: at, updated_at: at });
			if (inPosted) {
				posted.push(id);
				assessments.push({ id: newId(), registration_id: id, stage: 'review', criteria_set_id: setOf.get('family')!, answers_json: '{}', evidence_json: JSON.stringify({ criteria: [], items: [], metrics: {} }), score: self, passed: self >= 80 ? 1 : 0, by_account_id: null, at });
			}
		}
		const postingId = newId();
		await k.insertInto('title_postings').values({ id: postingId, cycle_id: cycleId, village_id: postVillage, opens_on: addDays(today, -3), closes_on: addDays(today, 6), minutes_file_key: null, minutes_file_name: null, minutes_file_type: null, reviewed_by_account_id: null, created_at: at }).execute();
		total += regs.length;
		await insertAll(k, 'title_registrations', regs.splice(0));
		const target = await k.selectFrom('title_registrations').select('id').where('cycle_id', '=', cycleId).where('village_id', '=', postVillage).where('subject_id', '!=', lan?.household_id ?? '').orderBy('subject_name').limit(1).executeTakeFirst();
		if (target && lan && lanAccount) await k.insertInto('title_objections').values({ id: newId(), registration_id: target.id, posting_id: postingId, account_id: lanAccount.id, resident_id: lan.id, reason: 'Nhà này có cháu nghỉ học từ đầu năm học, xin thôn và xã xem lại.', created_at: at, answer: null, upheld: null, answered_by_account_id: null, answered_at: null }).execute();
	}
	const n = total + regs.length;
	await insertAll(k, 'title_registrations', regs);
	await insertAll(k, 'title_certificates', certs);
	await insertAll(k, 'title_assessments', assessments);
	return { registrations: n, certificates: certs.length };
}
