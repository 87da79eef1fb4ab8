import { api, json, queryOf } from '$lib/server/web/api';

/** Loans in a year on the shelves in the caller's scope (?year=, ?unit=): by shelf, month, subject, reader age; most borrowed; never lent. ?format=xlsx for the workbook. */
export const GET = api(async ({ url, locals }) => {
	const q = queryOf(url);
	if (q.format === 'xlsx') {
		const { bytes, fileName } = await locals.services.library.figuresWorkbook(locals.auth, q);
		return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${fileName}"` } });
	}
	return json(await locals.services.library.figures(locals.auth, q));
});
