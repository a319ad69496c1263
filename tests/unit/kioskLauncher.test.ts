// `npm run kiosk` opens the browser with the flags a museum kiosk needs; --dry-run prints them.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('kiosk launcher', () => {
  it('starts Chromium in kiosk mode on the local exhibit with autoplay and no pinch or swipe', () => {
    const line = execFileSync('node', ['scripts/kiosk.mjs', '--dry-run'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    for (const flag of [
      '--kiosk',
      '--noerrdialogs',
      '--autoplay-policy=no-user-gesture-required',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      'Translate',
      '--user-data-dir=',
    ])
      expect(line).toContain(flag);
    expect(line.endsWith('http://127.0.0.1:4173/')).toBe(true);
  });
});
