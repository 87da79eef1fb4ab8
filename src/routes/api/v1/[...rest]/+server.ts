import { AppError } from '$lib/server/platform/errors';
import { api } from '$lib/server/web/api';

const notFound = api(async () => {
	throw new AppError('not_found');
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
