// kioskctl: a kiosk's releases, for its technician (docs/releases.md). A release carries this file
// bundled (kioskctl.mjs beside server.mjs) and runs with plain `node`; in the repository:
// `npm run kioskctl -- <command>`.
//
//   node kioskctl.mjs install <release dir | http(s) URL> [--force]
//   node kioskctl.mjs rollback
//   node kioskctl.mjs status
//   options: --home <dir> (KIOSK_HOME; default /var/lib/museum-kiosk if it exists, else
//            ~/.local/share/museum-kiosk), --config <kiosk.json> (KIOSK_FILE; default <home>/kiosk.json)
//
// install checks the signature against kiosk.json's releases.publicKey and every file's SHA-256
// before anything on disk changes; the running server (server.mjs --home) serves the new release
// at once and rolls it back by itself if its page does not start within releases.trialSeconds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseKioskFile } from '../src/kiosk/kioskFile.ts';
import { defaultHome, install, rollback, status } from './server/releases/store.mjs';

const USAGE = `usage: kioskctl <install <dir|url> [--force] | rollback | status> [--home <dir>] [--config <kiosk.json>]`;

function fail(message) {
  console.error(`kioskctl: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    home: { type: 'string' },
    config: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
});
const [command, source] = positionals;
const home = values.home ?? defaultHome();
const configFile = values.config ?? process.env.KIOSK_FILE ?? join(home, 'kiosk.json');

/** kiosk.json's releases block, or an exit naming what is wrong. */
function releaseSettings() {
  let text;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch {
    fail(`no ${configFile}: it must hold releases.publicKey (docs/releases.md)`);
  }
  const parsed = parseKioskFile(text, configFile);
  if (!parsed.ok)
    fail(parsed.errors.map((e) => `${e.file}: at ${e.path || '(top)'}: ${e.message}`).join('\n'));
  if (!parsed.value.releases)
    fail(
      `${configFile}: at releases: missing; set releases.publicKey to the release key's public PEM`,
    );
  return parsed.value.releases;
}

try {
  if (command === 'install') {
    if (!source) fail(`install needs a release directory or URL\n${USAGE}`);
    const r = releaseSettings();
    const started = Date.now();
    const { version, previous } = await install(home, source, {
      publicKey: r.publicKey,
      trialSeconds: r.trialSeconds,
      keep: r.keep,
      force: values.force,
    });
    console.log(
      `installed ${version} in ${home} (${((Date.now() - started) / 1000).toFixed(1)} s)` +
        (previous
          ? `; on trial: its page must start within ${r.trialSeconds} s or ${previous} comes back`
          : ''),
    );
  } else if (command === 'rollback') {
    const { from, to } = rollback(home, { why: 'by hand (kioskctl rollback)' });
    console.log(`rolled back from ${from} to ${to}`);
  } else if (command === 'status') {
    const s = status(home);
    if (values.json) console.log(JSON.stringify(s, null, 2));
    else {
      console.log(`home:      ${s.home}`);
      console.log(
        `current:   ${s.current ?? '(none installed)'}${s.created ? ` (made ${s.created})` : ''}`,
      );
      console.log(`installed: ${s.installed.join(', ') || '-'}`);
      if (s.bad.length) console.log(`bad:       ${s.bad.join(', ')} (rolled back; not retried)`);
      if (s.trial) console.log(`on trial:  ${s.trial.version} (${s.trial.seconds} s to start)`);
      for (const line of s.log) console.log(`  ${line}`);
    }
  } else fail(USAGE);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
