import { api, json } from '$lib/server/web/api';
import { readUpload } from '$lib/server/web/uploads';

/** Sets the cover picture: multipart with `file` (JPEG, PNG or WebP, ≤ 5 MB) and `alt`. */
export const PUT = api(async ({ params, request, locals }) => {
	const { fields, file } = await readUpload(request);
	return json(await locals.services.news.setCover(locals.auth, params.id!, { file, alt: fields.alt }));
});

export const DELETE = api(async ({ params, locals }) => json(await locals.services.news.removeCover(locals.auth, params.id!)));
