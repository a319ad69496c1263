import type { Server } from 'node:http';

/** A running server. */
export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4173/ */
  url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Starts serving `root` on `host:port` (port 0: any free port). */
export function startServer(options: {
  root: string;
  port?: number;
  host?: string;
  /** Hears each request's method and URL. */
  onRequest?: (method: string, url: string) => void;
}): Promise<RunningServer>;
