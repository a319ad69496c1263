import type { Server } from 'node:http';

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
  /** e.g. http://127.0.0.1:4173/ (or …/kiosk/ under a base) */
  url: string;
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
  /** The sub-path everything is served under, e.g. "/kiosk/" (default "/"). */
  base?: string;
  /** Serve a kiosk's current release (`<home>/current/app`) and watch its trial. */
  releases?: {
    home: string;
    log?: (message: string) => void;
    now?: () => number;
    every?: (f: () => void, ms: number) => { stop(): void };
  };
}): Promise<RunningServer>;
