// Finds the Chromium the tests drive: $CHROMIUM_PATH (any Chrome or Chromium), else Debian's.
import { existsSync } from 'node:fs';

/** The sentence shown when no browser is found. */
export const NEED_CHROMIUM =
  "The browser tests need Chromium: install Debian's package (sudo apt-get install chromium) or point CHROMIUM_PATH at any Chrome or Chromium.";

/** Path to the browser, or undefined when there is none. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => p && existsSync(p));
}
