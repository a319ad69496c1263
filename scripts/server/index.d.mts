import type { Server } from 'node:http';
import type { KioskFile } from '../../src/kiosk/kioskFile.ts';
import type { BeaconBody } from '../../src/kiosk/beacon.ts';

/** A running server. */
export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4173/ */
  url: string;
  /** The kiosk's metrics (served at /metrics): `render()` gives the text format. */
  metrics: { render(): string };
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
  /** The path the page is served under, e.g. "/kiosk/" (default "/"): the beacon is `<base>__kiosk/beacon`. */
  base?: string;
  /** kiosk.json (or a function giving it as it is now): labels the metrics with its id and gallery. */
  kioskFile?: KioskFile | null | (() => KioskFile | null);
  /** Called with each beacon the page sends (every 5 s), once it has been checked. */
  onBeacon?: (beacon: BeaconBody) => void;
}): Promise<RunningServer>;
