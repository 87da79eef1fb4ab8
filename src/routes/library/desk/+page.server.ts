import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ shelves: await event.locals.services.library.myShelves(requireSignedIn(event)) }));
