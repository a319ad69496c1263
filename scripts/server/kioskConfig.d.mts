import type { KioskFile } from '../../src/kiosk/kioskFile.ts';
import type { KioskConfig } from './index.d.mts';

export function defaultKioskFile(root: string): string;
export function lastGoodOf(file: string): string;
export function checkKioskFile(
  file: string,
): Promise<{ ok: boolean; errors: string[]; value?: KioskFile }>;
export function watchKioskFile(o: {
  file: string;
  log?: (line: string) => void;
  pollMs?: number;
}): Promise<KioskConfig>;
