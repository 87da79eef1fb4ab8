import { api, json } from '$lib/server/web/api';

/** Public: whether a donation's receipt is genuine and stands (its QR code leads here). */
export const GET = api(async ({ params, locals }) => json(await locals.services.funds.verifyReceipt(params.code!, { ip: locals.auth.ip })));
