import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts'],
					environment: 'node',
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['src/**/*.db.test.ts'],
					environment: 'node',
					// a template database per kind of start, copied for each suite (testing/databases.ts)
					globalSetup: ['src/lib/server/testing/templates-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// each file makes its own databases (copies of the run's templates); PostgreSQL copes with two at a time here
					maxWorkers: 2,
					sequence: { groupOrder: 1 }
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 90_000,
					hookTimeout: 180_000,
					fileParallelism: false,
					sequence: { groupOrder: 2 }
				}
			}
		]
	}
});
