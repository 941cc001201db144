import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/fixtures/**'],
    globalSetup: ['tests/global-setup.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // Builds and browsers are heavy; two at a time suits the 2-core machines this runs on.
    maxWorkers: 2,
    // A test that builds may first wait its turn behind another build, the development server or
    // `astro check` (takeBuildLock in tests/helpers/build-site.ts).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
