import type { TrialWatch } from '../index.mjs';

export function trialWatch(o: {
  home: string;
  log?: (message: string) => void;
  now?: () => number;
  every?: (f: () => void, ms: number) => { stop(): void };
}): TrialWatch;
