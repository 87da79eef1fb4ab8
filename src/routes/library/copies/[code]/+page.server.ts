import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ copy: await event.locals.services.library.publicCopy(event.params.code), signedIn: !!event.locals.auth.actor }));
