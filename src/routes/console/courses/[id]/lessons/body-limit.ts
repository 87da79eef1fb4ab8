import { MEDIA_BODY_LIMIT, type BodyLimit } from '$lib/server/web/body-limits';

/** The form that adds a lesson (?/add) may carry its video (up to 100 MiB with its fields). */
export const bodyLimit: BodyLimit = { method: 'POST', action: 'add', bytes: MEDIA_BODY_LIMIT };
