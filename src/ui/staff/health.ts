// What the staff panel's health page reports: how long the kiosk has run, how smoothly it draws,
// how much memory and storage it uses, what content it shows, and the last problems it logged.
import { recentProblems } from '../../kiosk/staffApi.ts';

/** Figures for the health page. */
export interface Health {
  uptimeSeconds: number;
  framesPerSecond: number;
  heapMB: number | undefined;
  storageMB: number | undefined;
  content: string;
  problems: readonly { t: number; message: string }[];
}

/** Frames drawn in one second, measured now. */
function measureFps(): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const step = (t: number) => {
      frames++;
      if (t - start < 1000) requestAnimationFrame(step);
      else resolve(Math.round((frames * 1000) / (t - start)));
    };
    requestAnimationFrame(step);
  });
}

/** Collects the health figures; `content` describes the exhibit on show. */
export async function collectHealth(content: string): Promise<Health> {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  const storage = await navigator.storage?.estimate?.().catch(() => undefined);
  return {
    uptimeSeconds: Math.round(performance.now() / 1000),
    framesPerSecond: await measureFps(),
    heapMB: memory ? memory.usedJSHeapSize / 2 ** 20 : undefined,
    storageMB: storage?.usage === undefined ? undefined : storage.usage / 2 ** 20,
    content,
    problems: recentProblems(),
  };
}
