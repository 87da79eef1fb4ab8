import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { ctx, newAccount, signIn, STRONG } from '../../testing/accounts';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';
import { publicName } from './contests.service';

const QM = demoId('xa-quang-minh');

describeEachDatabase('contests: one attempt each, a time limit on the server, a ranking by score then time', { demo: 'no-news', clockStart: '2026-10-02T01:00:00.000Z' }, (get) => {
	const bank = Array.from({ length: 12 }, (_, i) => ({ prompt: `Câu ${i + 1}: Tuần lễ hưởng ứng học tập suốt đời diễn ra từ ngày nào?`, choices: ['1–7 tháng 10', '1–7 tháng 11', '20–26 tháng 11'], answer: i % 3 }));
	const contest = async (extra: Record<string, unknown> = {}) =>
		get().services.contests.create(await authAs(get().services, 'quangminh.canbo'), { title: 'Cuộc thi tìm hiểu về học tập suốt đời 2026', unitId: QM, opensAt: '2026-10-01T08:00', closesAt: '2026-10-07T17:00', questionCount: 5, timeLimitSeconds: 600, prizes: 'Giải nhất: 1.000.000 đồng', questions: bank, ...extra });
	const person = async () => {
		const s = get().services;
		const a = await newAccount(s);
		return ctx((await signIn(s, a.login, STRONG)).actor);
	};
	const right = (a: { questions: { prompt: string }[] }) => a.questions.map((q) => bank.find((b) => b.prompt === q.prompt)!.answer);

	it('refuses a second attempt, even two at once, and ranks by score then time', async () => {
		const s = get().services;
		const c = await contest();
		expect(c).toMatchObject({ state: 'open', entries: 0 });
		const [p1, p2, p3] = [await person(), await person(), await person()];
		// two starts at once: one attempt
		const [a1, again] = await Promise.all([s.contests.start(p1, c.id), s.contests.start(p1, c.id)]);
		expect(again.id).toBe(a1.id);
		expect(a1.questions).toHaveLength(5);
		expect(new Set(a1.questions.map((q) => q.id)).size).toBe(5);
		expect(JSON.stringify(a1)).not.toContain('"answer"');
		get().clock.advance(120_000);
		expect(await s.contests.submit(p1, a1.id, { answers: right(a1) })).toEqual({ score: 5, outOf: 5, durationMs: 120_000 });
		// a second attempt, and a second submission, are refused
		expect((await errorOf(s.contests.start(p1, c.id))).key).toBe('errors.contests.already');
		expect((await errorOf(s.contests.submit(p1, a1.id, { answers: right(a1) }))).key).toBe('errors.contests.already');
		const rows = await s.db.kysely.selectFrom('contest_attempts').select('id').where('contest_id', '=', c.id).where('account_id', '=', p1.actor!.accountId).execute();
		expect(rows).toHaveLength(1);

		const a2 = await s.contests.start(p2, c.id);
		const a3 = await s.contests.start(p3, c.id);
		get().clock.advance(60_000);
		// the same full score in less time ranks first; a wrong answer ranks last
		await s.contests.submit(p2, a2.id, { answers: right(a2) });
		const wrong = right(a3).map((x, i) => (i === 0 ? (x + 1) % 3 : x));
		// two submissions of one attempt at once: one counts
		const both = await Promise.allSettled([s.contests.submit(p3, a3.id, { answers: wrong }), s.contests.submit(p3, a3.id, { answers: wrong })]);
		expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const ranking = await s.contests.ranking(anonymous, c.id);
		expect(ranking.entries).toBe(3);
		expect(ranking.items.map((r) => [r.rank, r.score, r.durationMs])).toEqual([
			[1, 5, 60_000],
			[2, 5, 120_000],
			[3, 4, 60_000]
		]);
		expect(ranking.items[0]!.name).toBe(publicName('Người thử nghiệm'));
	});

	it('checks the time limit on the server, and keeps to the opening times', async () => {
		const s = get().services;
		const c = await contest({ timeLimitSeconds: 60 });
		const p = await person();
		const a = await s.contests.start(p, c.id);
		get().clock.advance(61_000 + 10_000 + 1);
		expect((await errorOf(s.contests.submit(p, a.id, { answers: right(a) }))).key).toBe('errors.contests.too_late');
		const later = await contest({ opensAt: '2026-10-20T08:00', closesAt: '2026-10-21T08:00' });
		expect((await errorOf(s.contests.start(await person(), later.id))).key).toBe('errors.contests.not_open');
		const over = await contest({ opensAt: '2026-09-01T08:00', closesAt: '2026-09-02T08:00' });
		expect((await errorOf(s.contests.start(await person(), over.id))).key).toBe('errors.contests.closed');
	});

	it('asks for a session, keeps attempts to their owner, and refuses bad input with a message, writing nothing', async () => {
		const s = get().services;
		const c = await contest();
		const p = await person();
		expect((await errorOf(s.contests.start(anonymous, c.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.contests.submit(anonymous, c.id, { answers: [] }))).code).toBe('unauthenticated');
		const a = await s.contests.start(p, c.id);
		expect((await errorOf(s.contests.submit(await person(), a.id, { answers: [0] }))).code).toBe('not_found');
		expect((await errorOf(s.contests.submit(p, a.id, { answers: 'A B C' }))).fields.answers).toBeDefined();
		expect((await errorOf(s.contests.submit(p, a.id, { answers: [0, 0, 0, 0, 0, 0] }))).fields.answers?.key).toBe('errors.contests.answers');
		expect((await errorOf(contest({ questionCount: 20 }))).fields.questionCount?.key).toBe('errors.contests.bank_too_small');
		expect((await errorOf(contest({ questions: [{ prompt: 'Câu hỏi', choices: ['Có', 'Không'], answer: 2 }], questionCount: 1 }))).fields['questions.0.answer']?.key).toBe('errors.contests.answer');
		expect((await errorOf(s.contests.create(await authAs(s, 'yenlang.canbo'), { title: 'Ngoài xã', unitId: QM, opensAt: '2026-10-01T08:00', closesAt: '2026-10-07T17:00', questionCount: 1, timeLimitSeconds: 600, questions: bank }))).fields.unitId?.key).toBe('errors.contests.unit');
		expect((await s.db.kysely.selectFrom('contests').select('id').where('title', '=', 'Ngoài xã').execute()).length).toBe(0);
	});
});
