// A tiny HTTP server for the launcher's tests: it serves a page that behaves like the real one
// towards the launcher (heartbeats with a frame count, acknowledgements of commands), or one that
// misbehaves on purpose (busy loop, frames that stop, a window.open), and counts its page loads.
import { createServer, type Server } from 'node:http';

/** How a page load behaves. */
export type PageMode = 'normal' | 'busy' | 'stuck' | 'closed' | 'popup' | 'ack' | 'escape';

/** What the server saw of one page load. */
export interface Load {
  t: number;
  mode: PageMode;
  /** window.__kioskLauncher as the page saw it before its own script (null: none). */
  launcher?: unknown;
  /** When the page's script ran (its report arrived). */
  seenAt?: number;
}

function page(mode: PageMode, n: number): string {
  return `<!doctype html><title>kiosk test ${n}</title><script>
const mode = ${JSON.stringify(mode)}, n = ${n};
let frames = 0;
(function frame() { frames++; requestAnimationFrame(frame); })();
const send = (m) => window.__kioskLauncherSend && window.__kioskLauncherSend(JSON.stringify(m));
const still = mode === 'stuck' || mode === 'closed';
const beat = () => send({ type: 'heartbeat', frames: still ? Math.min(frames, 30) : frames, state: mode === 'closed' ? 'closed.dark' : 'attract' });
beat();
setInterval(beat, 250);
const info = window.__kioskLauncher;
fetch('/seen?n=' + n, { method: 'POST', body: JSON.stringify(info === undefined ? null : info) });
if (mode === 'busy') setTimeout(() => { for (;;) {} }, 300);
if (mode === 'popup') setTimeout(() => window.open('/elsewhere', '_blank'), 300);
if (mode === 'escape') setTimeout(() => (location.href = location.href.replace('127.0.0.1', 'localhost')), 300);
if (mode === 'ack' && info) setTimeout(() => send({ type: 'ack', commands: Object.keys(info.commands) }), 300);
</script>`;
}

/** The server, the page loads it served, and the modes of the loads to come. */
export class TestPages {
  readonly loads: Load[] = [];
  /** Modes for the next loads, in order; then `then`. */
  queue: PageMode[] = [];
  then: PageMode = 'normal';
  /** The Host header of every request. */
  readonly hosts: string[] = [];
  /** Requests for /elsewhere (the page's window.open). */
  elsewhere = 0;
  private server: Server | undefined;

  async start(port: number): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'POST' && url.pathname === '/seen') {
        let body = '';
        req.on('data', (c: Buffer) => (body += c));
        req.on('end', () => {
          const load = this.loads[Number(url.searchParams.get('n'))];
          if (load) Object.assign(load, { launcher: JSON.parse(body), seenAt: Date.now() });
          res.end();
        });
        return;
      }
      if (url.pathname === '/elsewhere') this.elsewhere++;
      if (url.pathname !== '/') {
        res.writeHead(404).end('not here');
        return;
      }
      this.hosts.push(req.headers.host ?? '');
      // The launcher's own "does anything answer?" probe is not a page load.
      if (!req.headers['user-agent']?.includes('Chrome')) {
        res.end('ok');
        return;
      }
      const mode = this.queue.shift() ?? this.then;
      this.loads.push({ t: Date.now(), mode });
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(page(mode, this.loads.length - 1));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${port}/`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }
}
