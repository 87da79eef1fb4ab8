import { formAction, isFailure, pageLoad, readForm, readFormAll, requireSignedIn } from '$lib/server/web/forms';
import { readUpload } from '$lib/server/web/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const auth = requireSignedIn(event);
		const { titles } = event.locals.services;
		const [review, list] = await Promise.all([titles.villageReview(auth, event.params.id, event.params.villageId), titles.villageHouseholds(auth, event.params.id, event.params.villageId)]);
		return { ...review, households: list.households, registrationOpen: list.registrationOpen };
	});

export const actions: Actions = {
	/** One form for the whole village: each registration agreed (ticked) or refused with a reason. */
	review: async (event) => {
		const all = (await readFormAll(event.request)) ?? {};
		const ids = all.ids ?? [];
		const agreed = new Set(all.agree ?? []);
		const items = ids.map((id) => ({ registrationId: id, agree: agreed.has(id), note: all[`note-${id}`]?.[0] ?? '' }));
		return formAction(event, {}, async () => ({ reviewed: await event.locals.services.titles.review(requireSignedIn(event), event.params.id, event.params.villageId, { items }) }), { form: 'review' });
	},
	register: async (event) => {
		const all = (await readFormAll(event.request)) ?? {};
		return formAction(event, {}, async () => ({ registered: await event.locals.services.titles.registerMany(requireSignedIn(event), { cycleId: event.params.id, villageId: event.params.villageId, householdIds: all.householdIds ?? [] }) }), { form: 'register' });
	},
	post: async (event) => {
		const values = await readForm(event.request);
		return formAction(event, values, async () => ({ posted: await event.locals.services.titles.post(requireSignedIn(event), event.params.id, event.params.villageId, { opensOn: values.opensOn ?? '' }) }), { form: 'post' });
	},
	minutes: async (event) => {
		const r = await formAction(
			event,
			{},
			async () => {
				const { file, fileName } = await readUpload(event.request);
				return { attached: await event.locals.services.titles.attachMinutes(requireSignedIn(event), event.params.id, event.params.villageId, { name: fileName ?? 'bien-ban', bytes: file ?? new Uint8Array() }) };
			},
			{ form: 'minutes' }
		);
		if (isFailure(r)) return r;
		return r;
	}
};
