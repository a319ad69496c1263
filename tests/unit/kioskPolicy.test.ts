// `npm run kiosk -- --write-policy`: the browser's managed policies for the kiosk's URL, checked
// with the real Chromium. The policies never go into this machine's /etc (other tests use the same
// Chromium): the launcher runs in a private mount namespace with a copy of /etc that holds them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LauncherRun, waitFor } from './kiosk/launcherRun.ts';
import { TestPages } from './kiosk/testPage.ts';

const PORT = 4228;
const URL_ = `http://127.0.0.1:${PORT}/`;
/** Root with mount namespaces (this machine kind, its CI): the browser check can run. */
const canIsolate = spawnSync('unshare', ['-m', 'true']).status === 0;

function writePolicy(dir: string): Record<string, unknown> {
  execFileSync(
    process.execPath,
    ['scripts/kiosk.mjs', '--write-policy', '--policy-dir', dir, '--url', URL_],
    { stdio: 'ignore' },
  );
  return JSON.parse(readFileSync(join(dir, 'museum-kiosk.json'), 'utf8'));
}

let temp = '';
let run: LauncherRun | undefined;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'kiosk-policy-'));
});
let pages: TestPages | undefined;
afterEach(async () => {
  await run?.stop();
  await pages?.stop();
  rmSync(temp, { recursive: true, force: true });
});

describe('the browser policy', () => {
  it('allows only the kiosk origin and turns off what a visitor could escape to', () => {
    const policy = writePolicy(join(temp, 'managed'));
    expect(policy.URLAllowlist).toEqual([`http://127.0.0.1:${PORT}`]);
    expect(policy.URLBlocklist).toEqual(['*']);
    expect(policy).toMatchObject({
      AllowFileSelectionDialogs: false,
      PrintingEnabled: false,
      DownloadRestrictions: 3,
      AllowDeletingBrowserHistory: false,
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      BrowserAddPersonEnabled: false,
      TaskManagerEndProcessEnabled: false,
      PasswordManagerEnabled: false,
      RemoteDebuggingAllowed: true,
    });
    // It would blind the launcher's watchdog (see policy.mjs).
    expect(policy).not.toHaveProperty('DeveloperToolsAvailability');
  });

  it.skipIf(!canIsolate)(
    'under the policy the launcher still watches the page, and a way out to another origin is blocked',
    { timeout: 180_000 },
    async () => {
      const etc = join(temp, 'etc');
      execFileSync('cp', ['-a', '/etc', etc]);
      mkdirSync(join(etc, 'chromium', 'policies', 'managed'), { recursive: true });
      writePolicy(join(etc, 'chromium', 'policies', 'managed'));
      pages = new TestPages();
      // The page sends itself to http://localhost:PORT/: the same server, another origin.
      pages.queue = ['escape'];
      const url = await pages.start(PORT);
      const launcher = new LauncherRun();
      run = launcher;
      launcher.start(url, [], 5, etc);
      const first = await waitFor(
        () => `the page under the launcher\n${launcher.log}`,
        () => pages!.loads.find((l) => l.seenAt && l.launcher),
        90_000,
      );
      const blocked = await waitFor(
        () => `the blocked page\n${launcher.log}`,
        () => launcher.line(/page loaded: chrome-error:/, first.t),
        60_000,
      );
      const back = await waitFor(
        () => `the kiosk page again\n${launcher.log}`,
        () => pages!.loads.find((l) => l.t > blocked.t && l.seenAt && l.launcher),
        90_000,
      );
      expect(pages.hosts.filter((h) => h.startsWith('localhost'))).toEqual([]);
      expect(launcher.line(/reloading: no heartbeat/, blocked.t)).toBeDefined();
      console.log(
        `recovered: navigation to another origin (blocked by policy): ${((back.seenAt! - first.seenAt!) / 1000).toFixed(1)} s to the kiosk page again`,
      );
    },
  );
});
