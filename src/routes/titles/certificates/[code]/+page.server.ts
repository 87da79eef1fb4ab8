import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** Where a title certificate's QR code leads: anyone can check it, no sign-in needed. */
export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ result: await event.locals.services.titles.verify(event.params.code) }));
