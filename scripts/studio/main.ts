// `npm run studio [-- --root <dir> --port <n>]`: the curators' studio on this machine. One plain
// HTTP server: `/__studio/api/*` is the studio's API (server.ts); everything else is a Vite dev
// server in middleware mode with the repository's plugins, its content plugin serving the studio's
// content roots, so `/` is the kiosk (the studio's preview) and `/studio/` the studio's app
// (src/studio/index.html). Nothing here is part of the kiosk's build.
import { createServer, type Server } from 'node:http';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer as createVite, type ViteDevServer } from 'vite';
import { STUDIO_PATH } from '../../src/studio/api.ts';
import { contentPlugin } from '../contentPlugin.ts';
import { serviceWorkerPlugin } from '../swPlugin.ts';
import { REPO } from './roots.ts';
import { studioApi, type StudioApi } from './server.ts';

export const DEFAULT_PORT = 5180;
export const HOST = '127.0.0.1';
/** The content roots when none is given: the repository's exhibits and the test fixtures. */
export const DEFAULT_ROOTS = [REPO, resolve(REPO, 'tests/fixtures')];

export interface Studio {
  server: Server;
  vite: ViteDevServer;
  api: StudioApi;
  url: string;
  close(): Promise<void>;
}

/** `/studio/…` is the studio app's folder, src/studio/. */
export function studioUrl(url: string): string {
  const [path = '/', query] = url.split(/\?(.*)/s);
  if (path === '/studio' || path === STUDIO_PATH)
    return `/src/studio/index.html${query ? `?${query}` : ''}`;
  if (path.startsWith(STUDIO_PATH))
    return `/src/studio/${path.slice(STUDIO_PATH.length)}${query ? `?${query}` : ''}`;
  return url;
}

/** Starts the studio; port 0 picks a free one. */
export async function startStudio({
  roots = DEFAULT_ROOTS,
  port = DEFAULT_PORT,
  host = HOST,
}: { roots?: string[]; port?: number; host?: string } = {}): Promise<Studio> {
  const api = studioApi({ roots });
  const server = createServer();
  const vite = await createVite({
    configFile: false,
    // The preview (src/main.ts) is there in development mode, whatever NODE_ENV says.
    mode: 'development',
    root: REPO,
    base: '/',
    appType: 'mpa',
    logLevel: 'warn',
    plugins: [contentPlugin(roots.map((r) => resolve(r))), serviceWorkerPlugin()],
    server: {
      middlewareMode: true,
      hmr: { server },
      // node_modules may be a link to elsewhere (a git worktree's): its fonts are served too.
      fs: { allow: [REPO, realpathSync(join(REPO, 'node_modules'))] },
    },
  });
  server.on('request', (req, res) => {
    if (api.handle(req, res)) return;
    req.url = studioUrl(req.url ?? '/');
    // A bare `/` is the kiosk (index.html), as in `npm run dev`.
    if (req.url === '/' || req.url.startsWith('/?')) req.url = `/index.html${req.url.slice(1)}`;
    vite.middlewares(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`not found: ${req.url}`);
    });
  });
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    vite,
    api,
    url: `http://${host}:${actual}${STUDIO_PATH}`,
    async close() {
      await vite.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

if (process.argv[1]?.endsWith('main.ts')) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = opt('--root');
  const port = Number(opt('--port') ?? process.env.STUDIO_PORT ?? DEFAULT_PORT);
  try {
    const studio = await startStudio({ roots: root ? [resolve(root)] : DEFAULT_ROOTS, port });
    console.log(`Studio: ${studio.url}`);
    const stop = () => void studio.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      console.error(
        `Port ${port} is in use: is the studio open already? Or start it on another: npm run studio -- --port 5181`,
      );
    else console.error(e);
    process.exit(1);
  }
}
