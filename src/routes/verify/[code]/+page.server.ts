import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** Where a certificate's QR code leads: anyone can check it, no sign-in needed. */
export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ result: await event.locals.services.credentials.verify(event.params.code), code: event.params.code }));
