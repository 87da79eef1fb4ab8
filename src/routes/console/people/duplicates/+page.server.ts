import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ groups: await event.locals.services.people.duplicates(requireSignedIn(event)) }));
