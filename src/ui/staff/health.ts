// What the staff panel's health page reports: how long the kiosk has run, how smoothly it draws,
// how much memory and storage it uses, what content it shows, and the last problems it logged.
import { hoursAt, type OpeningHours, recentProblems, todayLine } from '../../kiosk/staffApi.ts';

/** Figures for the health page. */
export interface Health {
  uptimeSeconds: number;
  framesPerSecond: number;
  heapMB: number | undefined;
  storageMB: number | undefined;
  content: string;
  /** Today's opening hours, open or closed now and the next change; undefined without hours. */
  hours: string | undefined;
  problems: readonly { t: number; message: string }[];
}

let openingHours: OpeningHours | null = null;

/** The kiosk's opening hours (kiosk.json), for the health page; null: always open. */
export function showHoursInHealth(hours: OpeningHours | null): void {
  openingHours = hours;
}

/**
 * One line on the hours: "Today 10:00–18:00 · open now · closes at 18:00", or "Today closed
 * (Christmas Day) · closed now · wakes Sat 09:45, opens Sat 10:00".
 */
export function hoursLine(hours: OpeningHours, now: Date): string {
  const h = hoursAt(hours, now);
  const when = (d: Date) => {
    const time = d.toTimeString().slice(0, 5);
    const sameDay = d.toDateString() === now.toDateString();
    return sameDay ? time : `${d.toLocaleDateString('en-GB', { weekday: 'short' })} ${time}`;
  };
  const next = h.open
    ? h.closesAt && `closes at ${when(h.closesAt)}`
    : h.opensAt &&
      h.wakeAt &&
      (h.awake
        ? `awake, opens at ${when(h.opensAt)}`
        : `wakes ${when(h.wakeAt)}, opens ${when(h.opensAt)}`);
  return [
    `Today ${todayLine(hours, now)}`,
    h.open ? 'open now' : 'closed now',
    next ?? 'no opening in the coming year',
  ].join(' · ');
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
    hours: openingHours ? hoursLine(openingHours, new Date()) : undefined,
    problems: recentProblems(),
  };
}
