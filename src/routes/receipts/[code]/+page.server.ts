import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** Where a receipt's QR code leads: anyone holding the paper can check it, no sign-in needed. */
export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ r: await event.locals.services.funds.verifyReceipt(event.params.code, { ip: event.locals.auth.ip }) }));
