// Builds what the bench measures and serves each build with `vite preview` on the bench's ports
// (4190–4199; 4173 and 4174 belong to `npm start` and the e2e suite). On a machine shared by
// several engineers, BENCH_PORT=<n> serves the test build on n, production on n+1, the bare page
// on n+2; BENCH_PORT=0 takes free ports from the system.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';

/** The builds: the kiosk as shipped, its test build (window.__exhibit), the bare Pixi page. */
export type BuildName = 'production' | 'test' | 'bare';

const PORTS: Record<BuildName, number> = { production: 4190, bare: 4191, test: 4192 };
const OFFSETS: Record<BuildName, number> = { test: 0, production: 1, bare: 2 };

/** A port the system says is free now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

async function portFor(name: BuildName): Promise<number> {
  const base = process.env.BENCH_PORT;
  if (base === undefined || base === '') return PORTS[name];
  return Number(base) === 0 ? freePort() : Number(base) + OFFSETS[name];
}

function configFor(name: BuildName): InlineConfig {
  const common: InlineConfig = { logLevel: 'warn' };
  if (name === 'bare')
    return {
      ...common,
      root: resolve('scripts/bench/bare'),
      configFile: false,
      build: { outDir: resolve('dist-bare'), emptyOutDir: true, target: 'es2022' },
      // The `?worker` page's worker imports Pixi as modules, as the page does.
      worker: { format: 'es' },
    };
  return {
    ...common,
    mode: name,
    build: { outDir: resolve(name === 'test' ? 'dist-test' : 'dist'), emptyOutDir: true },
  };
}

/** Builds `name` (Vite, as `npm run build` or the e2e webServer does). */
export async function buildOne(name: BuildName): Promise<string> {
  const config = configFor(name);
  await build(config);
  return config.build!.outDir!;
}

/** Serves a finished build; returns its base URL and a way to stop it. */
export async function serve(name: BuildName): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await portFor(name);
  const server: PreviewServer = await preview({
    ...configFor(name),
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
