// The machine a benchmark ran on, read at run time: CPU, cores, memory, OS, Node and the browser.
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import type { Browser } from '@playwright/test';

/** What BENCHMARKS.md and bench/results.json say about where the figures came from. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  /** 1-minute load average when the bench started: this machine is shared. */
  loadAverage: number;
  os: string;
  node: string;
  browser: string;
  renderer: string;
}

/** Reads the machine; `renderer` is the page's WebGL renderer string (SwiftShader here). */
export function machineInfo(browser: Browser, renderer: string): MachineInfo {
  const gib = (b: number) => Math.round((b / 2 ** 30) * 10) / 10;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    os: `${process.platform} ${release()}`,
    node: process.version,
    browser: `Chromium ${browser.version()}`,
    renderer,
  };
}
