import { api } from '$lib/server/web/api';

/** The class's attendance as .xlsx, laid out like the centres' paper book. */
export const GET = api(async ({ params, locals }) => {
	const f = await locals.services.learning.attendanceWorkbook(locals.auth, params.id!);
	return new Response(new Blob([f.bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="${f.fileName}"`, 'cache-control': 'private, no-store' } });
});
