import { fail } from '@sveltejs/kit';
import { formAction, pageLoad, requireSignedIn } from '$lib/server/web/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const survey = await event.locals.services.surveys.get(event.locals.auth, event.params.id);
		const villages = (await event.locals.services.places.getUnit(survey.unitId)).children.filter((u) => u.level === 'village');
		return { survey, villages, signedIn: event.locals.auth.actor !== null };
	});

export const actions: Actions = {
	answer: async (event) => {
		const auth = requireSignedIn(event);
		let fd: FormData;
		try {
			fd = await event.request.formData();
		} catch {
			return fail(400, { message: '', errors: {} as Record<string, string>, values: {} as Record<string, string> });
		}
		const one = (k: string) => {
			const v = fd.get(k);
			return typeof v === 'string' && v !== '' ? v : undefined;
		};
		const input = { topics: fd.getAll('topics').filter((v): v is string => typeof v === 'string'), villageId: one('villageId'), ageGroup: one('ageGroup'), gender: one('gender') };
		return formAction(event, {}, async () => ({ answered: (await event.locals.services.surveys.respond(auth, event.params.id, input)).id }));
	}
};
