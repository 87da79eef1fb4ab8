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
		// the layers: core and platform know nothing of SvelteKit or routes; platform never imports core
		files: ['src/lib/server/core/**/*.ts', 'src/lib/server/platform/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['@sveltejs/*', '$app/*', '$env/*', '**/routes/**'] }
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
