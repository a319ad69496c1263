// The kiosk runs under its server's Content-Security-Policy (own origin only, no inline script
// but the hashed ones in index.html, no eval): no violation from boot through the attract loop, a
// visit and a chapter with narration and music, in the test exhibit and in the real one.
import type { Page } from '@playwright/test';
import { expect, openKiosk, startVisit, test, waitFor } from './kiosk.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  // Init scripts run before the page's own and are not subject to its policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(
        `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
});

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

test('a visit with narration and music raises no CSP violation', async ({ page }) => {
  const response = await page.goto('/?exhibit=test-exhibit');
  const csp = response!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await openKiosk(page);
  expect(await page.evaluate(() => window.__exhibit!.renderer())).toBe('webgl');
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.audio().narrationSeconds ?? 0))
    .toBeGreaterThan(0.5);
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.audio().musicVolume ?? 0))
    .toBeGreaterThan(0);
  expect(await violations(page)).toEqual([]);
});

test('the real exhibit boots and runs its attract loop with no CSP violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.evaluate(() => window.__exhibit!.renderer())).toBe('webgl');
  // The attract loop's montage moves on from its first entry (maps, titles, figures).
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        seen.add((await page.evaluate(() => window.__exhibit!.scene().cue)) ?? '');
        return seen.size;
      },
      { timeout: 40_000 },
    )
    .toBeGreaterThan(1);
  expect(await violations(page)).toEqual([]);
});
