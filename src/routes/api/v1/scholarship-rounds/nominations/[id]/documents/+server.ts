import { api, json } from '$lib/server/web/api';
import { readUpload } from '$lib/server/web/uploads';

/** Add a document to a nomination: multipart with `file` (a photo — JPEG, PNG, WebP — or a PDF, 5 MB at most). */
export const POST = api(async ({ params, request, locals }) => {
	const { file, fileName } = await readUpload(request);
	return json(await locals.services.scholarships.addDocument(locals.auth, params.id!, { file, fileName }), { status: 201 });
});
