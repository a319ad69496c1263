/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { contentPlugin } from './scripts/contentPlugin.ts';
import { serviceWorkerPlugin } from './scripts/swPlugin.ts';

// Exhibits and their media are served (dev) and copied (build) from these roots; each root holds
// `exhibits/<id>/` and `media/<id>/`. The test exhibit is served in dev and built only in
// `--mode test` (the e2e tests' build): a museum's build holds only its own exhibits.
const contentRoots = (mode: string, command: string) =>
  command === 'serve' || mode === 'test' ? ['.', 'tests/fixtures'] : ['.'];

export default defineConfig(({ mode, command }) => ({
  // Relative URLs in the build (./assets/…): the same build runs at a host's root or under a
  // sub-path (https://museum.example/kiosk/), and its service worker's scope follows it.
  base: command === 'build' ? './' : '/',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  plugins: [contentPlugin(contentRoots(mode, command)), serviceWorkerPlugin()],
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Vitest's defaults (5 s a test, 10 s a hook) are wall-clock limits: on a shared 2-core machine
    // with other work beside it, a test that reads content, spawns Node or runs ESLint takes two to
    // eight times as long as quiet. These stop a test that hangs; the few that do seconds of CPU
    // work name their own, longer limit.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CI reads totals from these files (.ci/run prints the closing "N passed, N failed" line).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci-vitest.json' },
  },
}));
