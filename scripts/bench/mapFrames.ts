// A short, focused frame measurement for map work: builds the production bundle, serves it on
// PORT (default 4244, not the bench's shared 4190–4199) and runs the bench's `frames` part alone
// (the first map cue of every chapter with an atmosphere, 6 s each). Prints the per-cue figures.
//   PORT=4244 npx tsx scripts/bench/mapFrames.ts
import { preview } from 'vite';
import { buildOne } from './servers.ts';
import { launch } from './browser.ts';
import { frames } from './frames.ts';

const port = Number(process.env.PORT ?? 4244);
if (!process.env.SKIP_BUILD) await buildOne('production');
const server = await preview({
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: 'dist' },
  preview: { port, strictPort: true, host: '127.0.0.1', open: false },
});
const browser = await launch();
try {
  const f = await frames(browser, `http://127.0.0.1:${port}`);
  console.table(f.cues);
  console.log(JSON.stringify(f.heaviest));
} finally {
  await browser.close();
  await server.close();
}
