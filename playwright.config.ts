// End-to-end tests: Debian's Chromium (or $CHROMIUM_PATH) with touch, against a test build of the
// kiosk served by the kiosk's own server (scripts/serve.mjs: real 404s, the real headers). The
// test build adds window.__exhibit and the test exhibit; nothing else differs.
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium.mjs';

// PW_PORT lets a second checkout run its own specs beside another's server.
const PORT = Number(process.env.PW_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores, and SwiftShader rasterises on them: one browser at a time keeps timings honest.
  // PW_WORKERS=2 tries two (no spec shares a fixed port: deployBuild.ts takes one a worker).
  // Most specs draw at the lowest quality level (tests/e2e/kiosk.ts); PW_QUALITY=full for all.
  workers: Number(process.env.PW_WORKERS ?? 1),
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.ci-playwright.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    screen: { width: 1920, height: 1080 },
    hasTouch: true,
    trace: 'off',
    // The service worker is tested on its own (offline.spec.ts); elsewhere it would sit between
    // the page and page.route().
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--autoplay-policy=no-user-gesture-required',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    command: `npx vite build --mode test --outDir dist-test --emptyOutDir && node --import tsx scripts/serve.mjs --dir dist-test`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
