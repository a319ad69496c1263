// The kiosk follows its opening hours (kiosk.json's `hours`, src/kiosk/hours.ts): past closing it
// tells the machine to close (the loops close at once, a visit or guided tour when it ends); in the
// minutes before opening a closed kiosk wakes with a fresh reload, which with hours set is also the
// daily reload. What closed means for the screen, the sound and the wake lock is `quiet`'s job.
import type { KioskEvent } from '../machine/types.ts';
import { hoursAt, type OpeningHours } from './hours.ts';

/** The longest wait between two looks at the clock (a clock set forward is seen within it). */
const LOOK_EVERY_MS = 30_000;

/** What following the hours needs of the kiosk. */
export interface HoursDeps {
  hours: OpeningHours;
  send: (event: KioskEvent) => void;
  /** The machine's context says it is closing (or closed). */
  closing: () => boolean;
  /** The machine is in its closed state now. */
  closed: () => boolean;
  /** A fresh reload (saving the analytics first): the kiosk wakes before opening. */
  wake: (why: string) => void;
  now?: () => Date;
}

/** Looks at the clock now and at every change of the hours; returns a stop function. */
export function followHours(d: HoursDeps): () => void {
  const now = d.now ?? (() => new Date());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    const t = now();
    const h = hoursAt(d.hours, t);
    if (!h.awake && !d.closing())
      d.send({
        type: 'kiosk.close',
        look: d.hours.whenClosed,
        reopens: h.opensAt?.getTime() ?? null,
      });
    else if (h.awake && d.closing()) {
      if (d.closed()) d.wake('waking before opening');
      // A visit or tour that ran on until the next opening: nothing to close any more.
      else d.send({ type: 'kiosk.open' });
    }
    const until = h.nextChange ? h.nextChange.getTime() - t.getTime() : LOOK_EVERY_MS;
    timer = setTimeout(look, Math.min(Math.max(until, 250), LOOK_EVERY_MS));
  };
  look();
  return () => clearTimeout(timer);
}
