import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		// Ink writes only the final frame when CI=true; tests read every frame.
		env: { CI: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
		testTimeout: 20_000,
		hookTimeout: 20_000,
	},
});
