import type { ReleaseManifest } from './manifest.mjs';

export interface Trial {
  version: string;
  previous: string;
  since: number;
  seconds: number;
}
export interface ReleaseState {
  current: string | null;
  installed: string[];
  bad: string[];
  trial: Trial | null;
  log: string[];
}

export function defaultHome(env?: Record<string, string | undefined>): string;
export function readState(home: string): ReleaseState;
export function writeState(home: string, state: ReleaseState): void;
export function currentVersion(home: string): string | null;
export function currentApp(home: string): string;
export function switchTo(home: string, version: string): void;
export function download(
  url: string,
  home: string,
  publicKey: string,
  fetchImpl?: typeof fetch,
): Promise<string>;
export function install(
  home: string,
  source: string,
  o: {
    publicKey: string;
    trialSeconds?: number;
    keep?: number;
    now?: () => number;
    force?: boolean;
    fetch?: typeof fetch;
  },
): Promise<{ version: string; previous: string | null; manifest: ReleaseManifest }>;
export function rollback(
  home: string,
  o?: { why?: string; bad?: boolean; now?: () => number },
): { from: string; to: string };
export function confirm(home: string, version: string, now?: () => number): boolean;
export function status(home: string): {
  home: string;
  current: string | null;
  created: string | null;
  installed: string[];
  bad: string[];
  trial: Trial | null;
  log: string[];
};
export { VERSION } from './manifest.mjs';
