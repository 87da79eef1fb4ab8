/**
 * Operations: the platform's own housekeeping (background jobs and their dead letters). Only a
 * grant over the whole platform reaches it (`jobs.manage`, held by administrators): a dead
 * letter may be about anyone, in any commune.
 */
import { AppError } from '../../platform/errors';
import type { AccessGateway, AuthContext } from '../../platform/access';

export function requireOperator(access: AccessGateway, auth: AuthContext): void {
	if (!access.requireAny(auth, 'jobs.manage').all) throw new AppError('forbidden');
}
