// The media scripts' tool check: with nothing on PATH, it names each missing command, its Debian
// package and the one apt command that installs them all, and exits without a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, missingTools, missingToolsMessage } from '../../scripts/media/tools.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('media tools check', () => {
  it('names the missing command, its package and one install command (PATH empty)', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'empty-path-'));
    const script = `import { requireTools } from './scripts/media/tools.mjs';
requireTools(['sox', 'soxi', 'ffmpeg', 'opusenc'], 'the narration (npm run media)');
console.log('not reached');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { PATH: empty },
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cannot make the narration (npm run media)');
    expect(r.stderr).toContain('the command `sox` is missing: Debian package sox');
    expect(r.stderr).toContain('the command `opusenc` is missing: Debian package opus-tools');
    expect(r.stderr).toMatch(/apt-get install -y sox ffmpeg opus-tools\n/);
    expect(r.stderr).not.toMatch(/\bat .*\.mjs:\d+/); // no stack trace
    expect(r.stderr).not.toContain('non-free');
  });

  it('passes when every command is found', () => {
    expect(missingTools(['node'], { envPath: path.dirname(process.execPath) })).toEqual([]);
  });

  it('names voice and soundfont packages; RHVoice comes with the non-free sources entry', () => {
    const missing = missingTools(['RHVoice-test', FILES.rhvoiceRussian, FILES.musescoreSoundfont], {
      envPath: '',
      fileExists: () => false,
    });
    expect(missing.map((m) => m.pkg)).toEqual([
      'rhvoice',
      'rhvoice-russian',
      'musescore-general-soundfont-lossless',
    ]);
    const message = missingToolsMessage(missing, 'the narration', { root: false });
    expect(message).toContain(
      'the RHVoice Russian voices is missing: Debian package rhvoice-russian',
    );
    expect(message).toContain("Debian's non-free component");
    expect(message).toContain('Components: contrib non-free');
    expect(message).toContain(
      'sudo apt-get install -y rhvoice rhvoice-russian musescore-general-soundfont-lossless',
    );
    expect(missingToolsMessage(missing, 'x', { root: true })).toContain(
      '\n    apt-get install -y rhvoice',
    );
  });
});
