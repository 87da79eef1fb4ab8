import { ROLES } from '$lib/server/platform/permissions';
import { formAction, pageLoad, readForm, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const { accounts, places } = event.locals.services;
		const auth = event.locals.auth;
		const account = await accounts.getAccount(auth, event.params.id);
		const canGrant = account.can.grant;
		const [units, orgs] = canGrant ? await Promise.all([places.tree({}), places.organizationNames(auth)]) : [null, null];
		return {
			account,
			roles: ROLES,
			units: units?.units.filter((u) => u.level !== 'village') ?? [],
			orgs: orgs ?? [],
			can: account.can
		};
	});

export const actions: Actions = {
	grant: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.grantRole(requireSignedIn(event), { accountId: event.params.id, role: values.role ?? '', scopeKind: values.scopeKind ?? '', unitId: values.unitId ?? '', orgId: values.orgId ?? '' });
			return { granted: true };
		});
	},
	revoke: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.revokeGrant(requireSignedIn(event), values.grantId ?? '');
			return { revoked: true };
		});
	},
	status: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => {
			await event.locals.services.accounts.setAccountStatus(requireSignedIn(event), event.params.id, values.status === 'disabled' ? 'disabled' : 'active');
			return { statusChanged: true };
		});
	}
};
