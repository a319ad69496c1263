import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BeaconBody } from '../../src/kiosk/beacon.ts';
import type { KioskFile } from '../../src/kiosk/kioskFile.ts';

export const CONTENT_TYPE: string;
export const FRAME_BUCKETS: number[];
export const UP_WITHIN_S: number;
/** A label value escaped for the text format (backslash, double quote, newline). */
export function escapeLabel(value: unknown): string;
export function formatValue(n: number): string;
/** An error message's kind: render, audio, media, storage, network or script. */
export function errorKind(message: string): string;
/** The top-level state of a state name. */
export function topState(state: string): string;

/** The kiosk's metrics, fed by beacons. */
export interface KioskMetrics {
  render(): string;
  /** Takes a checked beacon; whether its batch was new (counted). */
  take(body: BeaconBody): boolean;
  refused(): void;
}
export function kioskMetrics(options?: {
  kioskFile?: KioskFile | null | (() => KioskFile | null);
  now?: () => number;
}): KioskMetrics;
export function metricsHandler(
  metrics: KioskMetrics,
): (req: IncomingMessage, res: ServerResponse) => boolean;
