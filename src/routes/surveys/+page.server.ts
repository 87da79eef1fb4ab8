import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** Open learning-needs surveys, for residents to answer. */
export const load: PageServerLoad = async (event) => pageLoad(event, async () => ({ surveys: await event.locals.services.surveys.open() }));
