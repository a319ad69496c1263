// `npm run media [-- --exhibit <id>] [--chapter <c>] [--root <dir>] [--force]`: the narration, then
// the audio descriptions and the credits, each given the options that concern it (npm would hand
// them to the last script of a `&&` chain only). Stops at the first that fails, with its exit
// code (3: a voice tool is missing; its message says which package installs it).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const pick = (names: string[]) =>
  args.flatMap((a, i) =>
    names.includes(a) ? [a, ...(a === '--force' ? [] : [args[i + 1] ?? ''])] : [],
  );
const steps: [string, string[]][] = [
  ['scripts/media/narration.ts', args],
  // Descriptions and credits are the repository's exhibits' (they take no --root or --chapter).
  ...(args.includes('--root')
    ? []
    : ([
        ['scripts/media/descriptions.ts', pick(['--exhibit', '--force'])],
        ['scripts/media/credits.ts', []],
      ] as [string, string[]][])),
];
for (const [script, options] of steps) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...options], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
