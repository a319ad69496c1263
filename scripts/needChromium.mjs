// Run before the browser tests: says what is missing in one sentence instead of a stack trace.
import { chromiumPath, NEED_CHROMIUM } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(NEED_CHROMIUM);
  process.exit(1);
}
