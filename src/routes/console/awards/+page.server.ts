import { pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/** The funds in scope, each with its awards; and the honour board's nominations. */
export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { funds, rewards } = event.locals.services;
		const [list, waiting] = await Promise.all([funds.list(auth, {}), rewards.list(auth, { status: 'proposed' })]);
		const count = (id: string) => waiting.items.filter((p) => p.fundId === id).length;
		return { funds: list.items.map((f) => ({ id: f.id, name: f.name, ownerKind: f.ownerKind, unitName: f.unitName, balance: f.balance, waiting: count(f.id) })) };
	});
