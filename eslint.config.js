import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'bench/results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// the layers: core and platform know nothing of SvelteKit or routes; platform never imports core;
		// a module reads another module's data through that module's service (its `lookups`), never
		// through its repository: a repository is the module's own
		files: ['src/lib/server/core/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['@sveltejs/*', '$app/*', '$env/*', '**/routes/**'], message: 'The core knows nothing of SvelteKit or routes.' },
						{ group: ['../*/*.repository', '../../*/*.repository', '../../core/*/*.repository'], message: "Another module's repository: ask its service (lookups) instead." }
					]
				}
			]
		}
	},
	{
		// routes are transport: they get services from locals, never SQL, repositories or the file store
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: '$lib/server/platform/access', importNames: ['can', 'scopesFor', 'isStaff'], message: 'Abilities come with the record or from a service (can: {…}); routes do not compute them.' }],
					patterns: [
						{ group: ['kysely', 'pg', 'better-sqlite3'], message: 'Routes do not run SQL: call a service.' },
						{ group: ['$lib/server/platform/db', '$lib/server/platform/db/*', '$lib/server/platform/files', '$lib/server/core/*/*.repository'], message: 'Routes get services only (locals.services).' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/platform/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['@sveltejs/*', '$app/*', '$env/*', '**/routes/**', '**/core/**'] }
			]
		}
	}
);
