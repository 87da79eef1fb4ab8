// See https://svelte.dev/docs/kit/types#app.d.ts
import type { AuthContext } from '$lib/server/platform/access';
import type { RouteServices } from '$lib/server/app';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			auth: AuthContext;
			services: RouteServices;
		}
		interface PageData {
			locale: 'vi' | 'en';
		}
	}
}

export {};
