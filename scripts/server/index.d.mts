import type { Server } from 'node:http';
import type { BeaconBody } from '../../src/kiosk/beacon.ts';
import type { KioskFile } from '../../src/kiosk/kioskFile.ts';

/** How kiosk.json stands, for the staff panel and the logs. */
export interface KioskFileStatus {
  state: 'loaded' | 'none' | 'refused';
  file: string;
  /** Each problem, naming the file and the key (refused). */
  problems: string[];
  /** What a refused file left in use: the last good copy, or none. */
  serving?: 'last-good' | 'none';
}

/** kiosk.json as the server keeps it (scripts/server/kioskConfig.mjs). */
export interface KioskConfig {
  file: string;
  current(): KioskFile | null;
  text(): string | null;
  status(): KioskFileStatus;
  onChange(f: (file: KioskFile | null) => void): () => void;
  reread(): Promise<void>;
  close(): void;
}

/** A release on trial, watched by the server (scripts/server/releases/trial.mjs). */
export interface TrialWatch {
  /** A heartbeat from the page of `version`: confirms it when it is on trial. */
  heartbeat(version: unknown): boolean;
  /** Checks the trial's deadline now. */
  check(): void;
  stop(): void;
}

/** A running server. */
export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4173/ */
  url: string;
  /** The kiosk.json watched (with `configFile`). */
  kioskConfig: KioskConfig | undefined;
  /** The kiosk's metrics (served at /metrics): `render()` gives the text format. */
  metrics: { render(): string };
  /** The trial watch when serving a kiosk's releases, else null. */
  trial: TrialWatch | null;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** "/" or "/<sub-path>/". */
export function normalBase(base?: string): string;

/** Starts serving `root` on `host:port` (port 0: any free port). */
export function startServer(options: {
  root?: string;
  port?: number;
  host?: string;
  /** Hears each request's method and URL. */
  onRequest?: (method: string, url: string) => void;
  /** The path the kiosk is served under (default "/"). */
  base?: string;
  /** This kiosk's kiosk.json: validated, watched and served at `<base>kiosk.json`. */
  configFile?: string;
  /** Or the kiosk.json to serve (null: none), or a function giving it as it is now. */
  kioskFile?: KioskFile | null | (() => KioskFile | null);
  /** Hears kiosk.json's loads and problems (default: stderr). */
  log?: (line: string) => void;
  /** Called with each beacon the page sends (every 5 s), once it has been checked. */
  onBeacon?: (beacon: BeaconBody) => void;
  /** Serve a kiosk's current release (`<home>/current/app`) and watch its trial. */
  releases?: {
    home: string;
    log?: (message: string) => void;
    now?: () => number;
    every?: (f: () => void, ms: number) => { stop(): void };
  };
}): Promise<RunningServer>;
