import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { places } = locals.services;
	const [communes, centres] = await Promise.all([places.communesToday(), places.listOrganizations({ kind: 'learning_centre' })]);
	return { communes, centres: centres.items };
};
