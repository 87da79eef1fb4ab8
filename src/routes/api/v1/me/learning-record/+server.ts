import { api, json } from '$lib/server/web/api';

/** The signed-in learner's record: classes, completed courses, hours, certificates; ?format=pdf as an A4 PDF. */
export const GET = api(async ({ locals, url }) => {
	if (url.searchParams.get('format') === 'pdf') {
		const bytes = await locals.services.credentials.recordPdf(locals.auth);
		return new Response(new Blob([new Uint8Array(bytes)]), { headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="ho-so-hoc-tap.pdf"', 'cache-control': 'private, no-store' } });
	}
	return json(await locals.services.credentials.recordExport(locals.auth), { headers: { 'content-disposition': 'attachment; filename="ho-so-hoc-tap.json"' } });
});
