import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The page to type a certificate's code; the form (a GET, so it works without JavaScript) goes on to /verify/{code}. */
export const load: PageServerLoad = async ({ url }) => {
	const code = (url.searchParams.get('code') ?? '').trim();
	if (code) redirect(303, `/verify/${encodeURIComponent(code)}`);
	return {};
};
