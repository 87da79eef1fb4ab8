import { api, json } from '$lib/server/web/api';
import { writeXlsx } from '$lib/server/platform/spreadsheet';
import { t } from '$lib/i18n';

/** Learners, learner-turns, completions and hours in the caller's scope, by dimension; ?format=xlsx downloads them. */
export const GET = api(async ({ url, locals }) => {
	const s = await locals.services.learning.statistics(locals.auth);
	if (url.searchParams.get('format') !== 'xlsx') return json(s);
	const lc = locals.auth.locale;
	const dims = [['byCommune', 'commune'], ['byTopic', 'topic'], ['byMonth', 'month'], ['byAgeGroup', 'ageGroup'], ['byGender', 'gender']] as const;
	const rows: string[][] = [[t(lc, 'stats.total'), '', ...[s.total.learners, s.total.turns, s.total.completions, s.total.hours].map(String)]];
	for (const [key, dim] of dims) for (const r of s[key]) rows.push([t(lc, `stats.dim.${dim}`), dim === 'topic' ? t(lc, `courses.topic.${r.key}`) : dim === 'gender' ? t(lc, `stats.gender.${r.key}`) : dim === 'ageGroup' ? t(lc, `stats.age.${r.key}`) : r.key, ...[r.learners, r.turns, r.completions, r.hours].map(String)]);
	const bytes = await writeXlsx({ name: t(lc, 'stats.sheet'), headers: [t(lc, 'stats.group'), t(lc, 'stats.value'), t(lc, 'stats.learners'), t(lc, 'stats.turns'), t(lc, 'stats.completions'), t(lc, 'stats.hours')], rows });
	return new Response(new Blob([new Uint8Array(bytes)]), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': 'attachment; filename="so-lieu-hoc-tap.xlsx"', 'cache-control': 'private, no-store' } });
});
