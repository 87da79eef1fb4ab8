import { api, json } from '$lib/server/web/api';
import { importOut } from '$lib/server/web/imports';
import { readUpload } from '$lib/server/web/uploads';

/**
 * A shelf's book list from a spreadsheet: multipart with `file` (.xlsx or .csv) and `commit`.
 * Without `commit=true` it answers the check with every refused row; with it, all rows or none:
 * 201, or 422 with the refused rows. Books already in the catalog are merged.
 */
export const POST = api(async ({ params, request, locals }) => {
	const { fields, file, fileName } = await readUpload(request);
	const commit = fields.commit === 'true' || fields.commit === '1';
	const r = await locals.services.library.importTitles(locals.auth, params.id!, { fileName: fileName ?? fields.fileName, bytes: file, commit });
	return json(importOut(r, locals.auth.locale), { status: !commit ? 200 : r.status === 'committed' ? 201 : 422 });
});
