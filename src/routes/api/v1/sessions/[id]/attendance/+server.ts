import { api, json, readJson } from '$lib/server/web/api';

/** A session's attendance sheet (the class's managers and teacher). */
export const GET = api(async ({ params, locals }) => json(await locals.services.learning.attendance(locals.auth, params.id!)));

/** Takes attendance: { present: [enrolmentId…] }; everyone else with a place is absent. Resubmitting overwrites. */
export const PUT = api(async ({ params, request, locals }) => json(await locals.services.learning.recordAttendance(locals.auth, params.id!, await readJson(request))));
