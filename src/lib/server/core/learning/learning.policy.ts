/**
 * Learning: who manages a course. A course belongs to its organiser (a learning centre, a
 * school or an association branch) and is offered in the organiser's commune. `learning.manage`
 * reaches it through an organisation grant on the organiser, or a unit grant over the commune.
 * The catalog is public (published courses only); drafts are seen only by those who manage them.
 * Classes, attendance, certificates and surveys belong to their course's (or survey's)
 * organiser and commune in the same way: `courseTarget` says where any of them sits.
 */
import type { AccessGateway, AuthContext, Target } from '../../platform/access';
import { AppError, invalidField } from '../../platform/errors';

export const ORGANISER_KINDS: readonly string[] = ['learning_centre', 'school', 'association_branch'];

/** Where a course, or what belongs to one (a class, a certificate, a survey), sits for `learning.manage`. */
export const courseTarget = (c: { unit_id: string; org_id: string }): Target => ({ unitId: c.unit_id, orgId: c.org_id });

/** The rules of who may do what with courses, asked of the access gateway. */
export function learningPolicy(access: AccessGateway) {
	const canManage = (auth: AuthContext, c: { unit_id: string; org_id: string }) => access.allows(auth, 'learning.manage', courseTarget(c));
	return {
		canManage,
		requireManage: (auth: AuthContext, c: { unit_id: string; org_id: string }) => access.requireAccess(auth, 'learning.manage', courseTarget(c)),
		/** A course exists for a reader when it is published, or when they manage it: answers whether they do. */
		async requireReadable(auth: AuthContext, c: { unit_id: string; org_id: string; status: string }): Promise<boolean> {
			const manage = await canManage(auth, c);
			if (c.status !== 'published' && !manage) throw new AppError('not_found');
			return manage;
		},
		/** Who may organise courses and surveys: a centre, school or association branch the actor manages (else the field is refused). */
		async requireOrganiser<O extends { id: string; unit_id: string; kind: string }>(auth: AuthContext, org: O | undefined): Promise<O> {
			if (!org || !ORGANISER_KINDS.includes(org.kind) || !(await access.allows(auth, 'learning.manage', { unitId: org.unit_id, orgId: org.id })))
				throw invalidField('orgId', 'errors.learning.unknown_organiser');
			return org;
		}
	};
}
