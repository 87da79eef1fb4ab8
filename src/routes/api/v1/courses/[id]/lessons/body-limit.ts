import { MEDIA_BODY_LIMIT, type BodyLimit } from '$lib/server/web/body-limits';

/** Adding a lesson may carry its video (multipart, up to 100 MiB with its fields). */
export const bodyLimit: BodyLimit = { method: 'POST', bytes: MEDIA_BODY_LIMIT };
