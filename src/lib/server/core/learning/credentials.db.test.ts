import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { poppler, run, squash } from '../../testing/poppler';
import { demoId } from '../places/demo/load';

const QM = demoId('xa-quang-minh');
const QM_CENTRE = demoId('ttht-quang-minh');

describeEachDatabase('credentials: completions and numbers under concurrency', { demo: 'no-news' }, (get) => {
	/** A published in-person course with `classes` classes of `learners` residents (no accounts), all present at one session held. */
	async function classesWithLearners(title: string, classes: number, learners: number) {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		get().clock.set('2026-12-01T03:00:00.000Z');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title, topic: 'health', audience: 'Mọi người', description: 'Thực hành.', mode: 'in_person', expectedHours: 4, status: 'published' });
		const village = (await s.places.getUnit(QM)).children[0]!.id;
		const ids: string[] = [];
		for (let i = 0; i < classes; i++) {
			const k = await s.learning.createClass(qm, c.id, { title: `Lớp ${i + 1}`, venue: 'Nhà văn hóa', teacherName: 'Cô Dạy', capacity: 20, startsOn: '2026-12-02', endsOn: '2026-12-20', sessions: [{ date: '2026-12-05', startsAt: '19:00', endsAt: '21:00' }] });
			const places: string[] = [];
			for (let j = 0; j < learners; j++) {
				const r = await s.people.create(qm, { fullName: `Học Viên ${i}-${j}`, birthDate: '1970-01-01', gender: 'female', villageId: village });
				places.push((await s.learning.enrol(qm, k.id, { personId: r.id })).enrolmentId);
			}
			const session = (await s.db.kysely.selectFrom('class_sessions').select('id').where('class_id', '=', k.id).executeTakeFirstOrThrow()).id;
			await s.learning.recordAttendance(qm, session, { present: places });
			ids.push(k.id);
		}
		get().clock.set('2026-12-06T03:00:00.000Z');
		return { qm, courseId: c.id, classIds: ids };
	}

	it('gives one certificate per learner when one class is completed six times at once', async () => {
		const s = get().services;
		const { qm, courseId, classIds } = await classesWithLearners('Sơ cứu ban đầu (đồng thời)', 1, 6);
		const results = await Promise.allSettled(Array.from({ length: 6 }, () => s.credentials.completeClass(qm, classIds[0]!)));
		expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
		const issued = results.flatMap((r) => (r.status === 'fulfilled' ? r.value.completed.map((x) => x.certificateCode) : [])).filter((x) => x !== null);
		expect(issued).toHaveLength(6);
		const certs = await s.db.kysely.selectFrom('certificates').select(['resident_id', 'seq']).where('course_id', '=', courseId).execute();
		const completions = await s.db.kysely.selectFrom('completions').select('resident_id').where('course_id', '=', courseId).execute();
		expect(certs).toHaveLength(6);
		expect(completions).toHaveLength(6);
		expect(new Set(certs.map((c) => c.resident_id)).size).toBe(6);
	});

	it('numbers certificates of eight classes completed at once without a gap, a double or an error', async () => {
		const s = get().services;
		const { qm, courseId, classIds } = await classesWithLearners('Phòng chống đuối nước (đồng thời)', 8, 3);
		const before = await s.db.kysely.selectFrom('certificates').select((eb) => eb.fn.max('seq').as('m')).where('org_id', '=', QM_CENTRE).where('year', '=', 2026).executeTakeFirst();
		const results = await Promise.allSettled(classIds.map((id) => s.credentials.completeClass(qm, id)));
		expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
		const seqs = (await s.db.kysely.selectFrom('certificates').select('seq').where('course_id', '=', courseId).execute()).map((c) => Number(c.seq)).sort((a, b) => a - b);
		const from = Number(before?.m ?? 0) + 1;
		expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => from + i));
	});

	/** Three certificates of one class, given codes of our choosing (two of them alike but for case and dashes). */
	async function threeCertificates(title: string, codes: [string, string, string]) {
		const s = get().services;
		const { qm, courseId, classIds } = await classesWithLearners(title, 1, 3);
		await s.credentials.completeClass(qm, classIds[0]!);
		const certs = await s.db.kysely.selectFrom('certificates').select(['id', 'resident_id', 'learner_name']).where('course_id', '=', courseId).orderBy('seq').execute();
		expect(certs).toHaveLength(3);
		for (const [i, c] of certs.entries()) await s.db.kysely.updateTable('certificates').set({ code: codes[i]! }).where('id', '=', c.id).execute();
		return { qm, certs };
	}

	it('finds a certificate by its code typed in another case, with spaces and dashes, but never guesses between two alike', async () => {
		const s = get().services;
		// codes are 16 base64url characters (newSecret(12)): mixed case, and '-' or '_' among them
		const [a, b, c] = ['Q7-kZp_Lm4Rt9Wx2', 'q7KZP_lm4rt9wx2-', 'Hn3-Vb8_Tq5Ws1Zc'] as const;
		const { certs } = await threeCertificates('Trồng rau sạch (mã gõ tay)', [a, b, c]);
		const [nameA, nameB, nameC] = certs.map((x) => x.learner_name);
		// exactly as printed: each its own, although a and b fold alike
		expect(await s.credentials.verify(a)).toMatchObject({ valid: true, code: a, learnerName: nameA });
		expect(await s.credentials.verify(b)).toMatchObject({ valid: true, code: b, learnerName: nameB });
		// typed by hand: case, spaces around and inside, dashes added or left out, a typographic dash
		for (const typed of ['hn3-vb8_tq5ws1zc', 'HN3VB8_TQ5WS1ZC', '  Hn3-Vb8_Tq5Ws1Zc  ', 'hn3v-b8_t q5ws-1zc', 'Hn3–Vb8_Tq5Ws1Zc', '-hn3vb8_tq5ws1zc-'])
			expect(await s.credentials.verify(typed), typed).toMatchObject({ valid: true, code: c, learnerName: nameC });
		// two certificates fold to this: neither is answered rather than the wrong one
		expect((await errorOf(s.credentials.verify('Q7KZP_LM4RT9WX2'))).code).toBe('not_found');
		expect((await errorOf(s.credentials.verify('q7-kzp_lm4rt9wx2'))).code).toBe('not_found');
		// unknown, empty or absurd codes: not found, never an error
		for (const typed of ['khong-co-ma-nay', '', '   ', '--', 'x'.repeat(200)]) expect((await errorOf(s.credentials.verify(typed))).code, typed).toBe('not_found');
	});

	it('slows down an address that keeps guessing codes, never one that checks real certificates, nor other addresses', async () => {
		const s = get().services;
		const real = 'Gs4-Wq8_Lp2Zt6Nm';
		await threeCertificates('Làm tương truyền thống (đoán mã)', [real, 'Gs4-Wq8_Lp2Zt6N1', 'Gs4-Wq8_Lp2Zt6N2']);
		const guesser = { ip: '203.0.113.9' };
		// the address's first 30 misses are plain "not found"; the next is refused with the wait
		for (let i = 0; i < 30; i++) expect((await errorOf(s.credentials.verify(`doan-ma-${i}`, guesser))).code).toBe('not_found');
		const refused = await errorOf(s.credentials.verify('doan-ma-cuoi', guesser));
		expect(refused).toMatchObject({ code: 'rate_limited', key: 'errors.auth.too_many_requests' });
		expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
		// a real code from the same address is still answered; other addresses are untouched
		expect(await s.credentials.verify(real, guesser)).toMatchObject({ valid: true, code: real });
		expect((await errorOf(s.credentials.verify('doan-ma-cuoi', { ip: '198.51.100.7' }))).code).toBe('not_found');
		// receipts share the address's count of misses
		expect((await errorOf(s.funds.verifyReceipt('khong-co-bien-nhan', guesser))).code).toBe('rate_limited');
		expect((await errorOf(s.funds.verifyReceipt('khong-co-bien-nhan', { ip: '198.51.100.7' }))).code).toBe('not_found');
	});

	it('gives the day of a revocation in Việt Nam, not in UTC', async () => {
		const s = get().services;
		const code = 'Rv7-Kp2_Ds9Lm4Xq';
		const { qm } = await threeCertificates('Nuôi ong lấy mật (thu hồi)', [code, 'Rv7-Kp2_Ds9Lm4X1', 'Rv7-Kp2_Ds9Lm4X2']);
		get().clock.set('2026-12-06T20:14:00.000Z'); // 03:14 on 7 December in Việt Nam
		expect(await s.credentials.revoke(qm, code, { reason: 'Cấp nhầm người' })).toMatchObject({ valid: false, revokedOn: '2026-12-07' });
		expect(await s.credentials.verify(code.toLowerCase())).toMatchObject({ valid: false, code, revokedOn: '2026-12-07', revokedReason: 'Cấp nhầm người' });
	});

	it.skipIf(!poppler.pdftotext)('addresses the holder as ông or bà on the PDF when their record says, ông/bà when not', async () => {
		const s = get().services;
		const codes = ['Gd1-Ab2_Cd3Ef4Gh', 'Gd1-Ab2_Cd3Ef4G2', 'Gd1-Ab2_Cd3Ef4G3'] as [string, string, string];
		const { qm, certs } = await threeCertificates('Làm bánh chưng (giấy chứng nhận)', codes);
		await s.db.kysely.updateTable('residents').set({ gender: 'male' }).where('id', '=', certs[1]!.resident_id!).execute();
		await s.db.kysely.updateTable('residents').set({ gender: 'other' }).where('id', '=', certs[2]!.resident_id!).execute();
		const dir = mkdtempSync(join(tmpdir(), 'suotdoi-credentials-'));
		try {
			const text = async (code: string) => {
				const file = join(dir, `${code}.pdf`);
				writeFileSync(file, (await s.credentials.certificatePdf(qm, code)).bytes);
				return squash(run(poppler.pdftotext!, ['-layout', file, '-']));
			};
			expect(await text(codes[0])).toContain(`Chứng nhận bà: ${certs[0]!.learner_name}`);
			expect(await text(codes[1])).toContain(`Chứng nhận ông: ${certs[1]!.learner_name}`);
			expect(await text(codes[2])).toContain(`Chứng nhận ông/bà: ${certs[2]!.learner_name}`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		expect((await errorOf(s.credentials.certificatePdf(anonymous, codes[0]))).code).toBe('unauthenticated');
	});
});
