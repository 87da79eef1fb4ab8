import { api, json } from '$lib/server/web/api';

/** The signed-in learner's record: classes, completed courses, hours, certificates (JSON download). */
export const GET = api(async ({ locals }) => {
	const [classes, record] = await Promise.all([locals.services.learning.myEnrolments(locals.auth), locals.services.lessons.record(locals.auth)]);
	return json({ classes, ...record }, { headers: { 'content-disposition': 'attachment; filename="ho-so-hoc-tap.json"' } });
});
