import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// Kit's own origin check covers form posts; cookie-authenticated JSON calls
		// are checked in hooks.server.ts (platform/http/csrf.ts).
		csrf: { trustedOrigins: [] },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte's route announcer sets a style attribute; scripts stay hash-only
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		alias: { $server: 'src/lib/server' },
		// absolute asset paths: the same HTML works at any depth (and behind a proxy at /)
		paths: { relative: false }
	}
};

export default config;
