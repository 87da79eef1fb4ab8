import { api, json } from '$lib/server/web/api';

/** The challenge's participants and their progress (its organisers). */
export const GET = api(async ({ params, locals }) => json(await locals.services.library.challengeEntries(locals.auth, params.id!)));

/** The caller joins the challenge (once; joining again answers the same entry). */
export const POST = api(async ({ params, locals }) => json(await locals.services.library.joinChallenge(locals.auth, params.id!), { status: 201 }));

/** The caller leaves a challenge they have not reached. */
export const DELETE = api(async ({ params, locals }) => {
	await locals.services.library.leaveChallenge(locals.auth, params.id!);
	return new Response(null, { status: 204 });
});
