// Measures what one staff PIN check costs (PBKDF2-SHA-256, the kiosk's rounds) in Chromium and in
// Node on this machine, and so how long trying every PIN of a length would take an attacker who
// copied the stored record onto the same hardware. Usage: node scripts/pinCost.mjs [rounds] [runs]
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

const rounds = Number(process.argv[2] ?? 600_000);
const runs = Number(process.argv[3] ?? 10);

// The same code as makePinRecord/verifyPin in src/kiosk/pin.ts: import the PIN, derive 256 bits.
async function measure({ rounds, runs }) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const pin = new TextEncoder().encode(String(100000 + i));
    const key = await crypto.subtle.importKey('raw', pin, 'PBKDF2', false, ['deriveBits']);
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds },
      key,
      256,
    );
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1) };
}

const report = (where, t) => {
  const days = (digits) => ((10 ** digits * t.median) / 1000 / 86_400).toFixed(1);
  console.log(
    `${where}: ${rounds} rounds, ${runs} checks: median ${t.median.toFixed(0)} ms ` +
      `(min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}); every 6-digit PIN ${days(6)} days, ` +
      `every 8-digit PIN ${days(8)} days, on one core`,
  );
};

report('node', await measure({ rounds, runs }));
const browser = await chromium.launch({ executablePath: chromiumPath() });
const page = await browser.newPage();
// WebCrypto needs a secure context: an empty page on http://localhost, served by Playwright itself.
await page.route('http://localhost/', (r) => r.fulfill({ contentType: 'text/html', body: '' }));
await page.goto('http://localhost/');
report('chromium', await page.evaluate(measure, { rounds, runs }));
await browser.close();
