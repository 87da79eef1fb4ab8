import { api, json } from '$lib/server/web/api';
import { importOut } from '$lib/server/web/imports';
import { readUpload } from '$lib/server/web/uploads';

/**
 * Residents and households from a spreadsheet: multipart with `file` (.xlsx or .csv) and
 * `unit`. Without `commit=true` it answers the preview with every refused row; with it, it
 * writes all rows or none: 201 with the count, or 422 with the refused rows.
 */
export const POST = api(async ({ request, locals }) => {
	const { fields, file, fileName } = await readUpload(request);
	const commit = fields.commit === 'true' || fields.commit === '1';
	const r = await locals.services.imports.importFile(locals.auth, { unitId: fields.unit, fileName: fileName ?? fields.fileName, bytes: file, commit });
	const body = { ...importOut(r, locals.auth.locale), imported: r.status === 'committed' ? r.processedRows : 0 };
	const status = !commit ? 200 : r.status === 'committed' ? 201 : 422;
	return json(body, { status });
});
