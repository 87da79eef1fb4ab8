import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const TT = demoId('xa-tien-thang');
const TT_CENTRE = demoId('ttht-tien-thang');

describeEachDatabase('learning: needs surveys', { demo: 'no-news' }, (get) => {
	it('collects answers online (once each) and on paper, and shows demand by topic, village and age group', async () => {
		const s = get().services;
		const ttht = await authAs(s, 'tienthang.ttht');
		const survey = await s.surveys.create(ttht, { orgId: TT_CENTRE, title: 'Khảo sát nhu cầu học tập năm 2027', topics: ['digital_skills', 'agriculture', 'health'] });
		expect(survey).toMatchObject({ status: 'open', unitName: 'Xã Tiến Thắng', topics: ['digital_skills', 'agriculture', 'health'] });
		const villages = (await s.places.getUnit(TT)).children.filter((u) => u.level === 'village');
		const mai = await authAs(s, 'dan.mai');
		await s.surveys.respond(mai, survey.id, { topics: ['digital_skills', 'health'], villageId: villages[0]!.id, ageGroup: '60+', gender: 'female' });
		expect((await errorOf(s.surveys.respond(mai, survey.id, { topics: ['agriculture'], villageId: villages[0]!.id, ageGroup: '60+', gender: 'female' }))).key).toBe('errors.survey.answered');
		expect((await s.surveys.get(mai, survey.id)).answered).toBe(true);
		// paper answers entered by the centre
		for (let i = 0; i < 3; i++) await s.surveys.enterPaper(ttht, survey.id, { topics: ['digital_skills'], villageId: villages[1]!.id, ageGroup: '16-35', gender: i % 2 ? 'male' : 'female' });
		// refused: a topic not offered, a village of another commune, no session, another centre entering
		expect((await errorOf(s.surveys.enterPaper(ttht, survey.id, { topics: ['law'], villageId: villages[0]!.id, ageGroup: '16-35', gender: 'male' }))).fields.topics).toBeDefined();
		const qmVillage = (await s.places.getUnit(demoId('xa-quang-minh'))).children[0]!.id;
		expect((await errorOf(s.surveys.enterPaper(ttht, survey.id, { topics: ['health'], villageId: qmVillage, ageGroup: '16-35', gender: 'male' }))).fields.villageId).toBeDefined();
		expect((await errorOf(s.surveys.respond(anonymous, survey.id, { topics: ['health'] }))).code).toBe('unauthenticated');
		expect((await errorOf(s.surveys.enterPaper(await authAs(s, 'quangminh.canbo'), survey.id, { topics: ['health'], villageId: villages[0]!.id, ageGroup: '16-35', gender: 'male' }))).code).toBe('not_found');
		const r = await s.surveys.results(ttht, survey.id);
		expect(r.responses).toBe(4);
		expect(r.topics.map((t) => [t.topic, t.total])).toEqual([
			['digital_skills', 4],
			['health', 1]
		]);
		expect(r.topics[0]!.byVillage).toEqual({ [villages[0]!.name]: 1, [villages[1]!.name]: 3 });
		expect(r.topics[0]!.byAgeGroup).toEqual({ '60+': 1, '16-35': 3 });
		// people, each once: Mai chose two topics and is one respondent
		expect(r.respondents).toEqual({ byVillage: { [villages[0]!.name]: 1, [villages[1]!.name]: 3 }, byAgeGroup: { '60+': 1, '16-35': 3 } });
		expect((await errorOf(s.surveys.results(mai, survey.id))).code).toBe('not_found');
		await s.surveys.close(ttht, survey.id);
		expect((await errorOf(s.surveys.respond(await authAs(s, 'dan.hung'), survey.id, { topics: ['health'], villageId: villages[0]!.id, ageGroup: '16-35', gender: 'male' }))).key).toBe('errors.survey.closed');
		expect((await s.surveys.open()).map((x) => x.id)).not.toContain(survey.id);
		// the console lists the centre's own surveys, closed ones too, and nobody else's
		expect((await s.surveys.managed(ttht)).map((x) => [x.id, x.status])).toEqual([[survey.id, 'closed']]);
		expect((await s.surveys.managed(await authAs(s, 'quangminh.canbo'))).map((x) => x.id)).not.toContain(survey.id);
	});
});
