import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const [account, desk] = await Promise.all([event.locals.services.accounts.me(auth), event.locals.services.desk.home(auth)]);
		return { account, desk };
	});
