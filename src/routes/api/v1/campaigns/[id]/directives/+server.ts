import { api, json, readJson } from '$lib/server/web/api';

/** Add a directive: { title, body?, actorKinds[], dueOn, figures[{ key, label }] }; it becomes assignments in the commune campaigns it reaches. */
export const POST = api(async ({ params, request, locals }) => json(await locals.services.campaigns.addDirective(locals.auth, params.id!, await readJson(request)), { status: 201 }));
