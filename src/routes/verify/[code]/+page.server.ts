import { redirect } from '@sveltejs/kit';
import { pageLoad } from '$lib/server/web/forms';
import type { PageServerLoad } from './$types';

/**
 * Where a certificate's QR code leads: anyone can check it, no sign-in needed. A code typed by hand
 * in another case or with dashes and spaces goes on to the certificate's own address; an unknown one
 * is a 404 that +error.svelte beside this page explains, with the form to type it again.
 */
export const load: PageServerLoad = async (event) =>
	pageLoad(event, async () => {
		const result = await event.locals.services.credentials.verify(event.params.code, { ip: event.locals.auth.ip });
		if (result.code !== event.params.code) redirect(303, `/verify/${encodeURIComponent(result.code)}`);
		return { result, code: result.code };
	});
