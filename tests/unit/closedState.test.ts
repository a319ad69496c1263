// Opening hours in the kiosk machine: at closing the loops close at once, a visit or a guided tour
// in progress finishes first; closed, nothing is told or played; a touch shows the card a while.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Exhibit } from '../../src/content/types.ts';
import { type AnalyticsEvent, VisitRecorder } from '../../src/kiosk/analytics/events.ts';
import { stateName } from '../../src/kiosk/heartbeat.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import type { KioskMode } from '../../src/machine/types.ts';
import { FakeNarration, fakeActors, fixtureExhibit, musicLog } from '../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});
beforeEach(() => {
  vi.useFakeTimers();
  FakeNarration.all = [];
  musicLog.length = 0;
});
afterEach(() => vi.useRealTimers());

function start(mode: KioskMode = 'visitor') {
  const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
    input: { exhibitId: 'test-exhibit', mode },
  });
  a.start();
  return a;
}
type A = ReturnType<typeof start>;
const name = (a: A) => stateName(a.getSnapshot().value);
const close = (a: A, look: 'dark' | 'card' = 'dark') =>
  a.send({ type: 'kiosk.close', look, reopens: 1_000 });
function play(s: number) {
  for (let t = 0; t < s; t += 0.1) {
    FakeNarration.latest()?.advance(0.1);
    vi.advanceTimersByTime(100);
  }
}

describe('closed state', () => {
  it('the attract loop closes at once; the heartbeat names it "closed…"', () => {
    const a = start();
    expect(name(a)).toBe('attract');
    close(a);
    expect(name(a)).toBe('closed.dark');
    expect(a.getSnapshot().context.reopens).toBe(1_000);
    // The attract bed stopped and nothing else started.
    expect(musicLog).toEqual(['start attract', 'stop']);
  });

  it('the display loop stops at once: no narration, no music', () => {
    const a = start('display');
    play(3);
    expect(name(a)).toMatch(/^display/);
    const narration = FakeNarration.latest()!;
    expect(narration.commands).toContain('play');
    close(a);
    expect(name(a)).toBe('closed.dark');
    expect(narration.destroyed).toBe(true);
    expect(musicLog.at(-1)).toBe('stop');
    const count = FakeNarration.all.length;
    play(60);
    expect(FakeNarration.all.length).toBe(count);
    expect(name(a)).toBe('closed.dark');
  });

  it('a visit in progress is never cut: it closes when the visit ends', () => {
    const a = start();
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    a.send({ type: 'ui.chapterChosen', index: 0 });
    close(a);
    play(5);
    expect(a.getSnapshot().matches('visit')).toBe(true);
    a.send({ type: 'ui.exit' });
    expect(name(a)).toBe('closed.dark');
  });

  it('a visitor who walks away after closing: the idle clock ends the visit, then it closes', () => {
    const a = start();
    a.send({ type: 'ui.start' });
    close(a);
    vi.advanceTimersByTime(10 * 60_000);
    expect(name(a)).toBe('closed.dark');
  });

  it('a visit started from the display loop before closing ends in closed, not the loop', () => {
    const a = start('display');
    a.send({ type: 'ui.start' });
    close(a);
    expect(a.getSnapshot().matches('visit')).toBe(true);
    a.send({ type: 'ui.exit' });
    expect(name(a)).toBe('closed.dark');
  });

  it('a guided tour runs on past closing until the docent ends it', () => {
    const a = start('docent');
    a.send({ type: 'ui.start' });
    close(a);
    vi.advanceTimersByTime(60 * 60_000);
    expect(a.getSnapshot().matches('visit')).toBe(true);
    a.send({ type: 'ui.exit' });
    expect(name(a)).toBe('closed.dark');
  });

  it('a touch on the dark screen shows the card for 8 s, then it is dark again', () => {
    const a = start();
    close(a);
    a.send({ type: 'user.activity' });
    expect(name(a)).toBe('closed.peek');
    vi.advanceTimersByTime(5_000);
    a.send({ type: 'user.activity' }); // another touch keeps it up
    vi.advanceTimersByTime(7_900);
    expect(name(a)).toBe('closed.peek');
    vi.advanceTimersByTime(200);
    expect(name(a)).toBe('closed.dark');
    a.send({ type: 'ui.start' }); // no visit while closed
    expect(name(a)).toBe('closed.dark');
  });

  it('whenClosed "card": the card stays', () => {
    const a = start();
    close(a, 'card');
    expect(name(a)).toBe('closed.card');
    a.send({ type: 'user.activity' });
    vi.advanceTimersByTime(60_000);
    expect(name(a)).toBe('closed.card');
  });

  it('closing during boot: the kiosk closes as soon as the exhibit is loaded', () => {
    const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
      input: { exhibitId: 'test-exhibit' },
    });
    close(a); // sent before start, as the kiosk layer does: delivered once it runs
    a.start();
    expect(name(a)).toBe('closed.dark');
  });

  it('opening again returns to its loop; recovering from an error while closed stays closed', () => {
    const a = start('display');
    close(a);
    a.send({ type: 'kiosk.recover' });
    expect(name(a)).toBe('closed.dark');
    a.send({ type: 'kiosk.open' });
    expect(name(a)).toMatch(/^display/);
    expect(a.getSnapshot().context.closing).toBe(false);
  });

  it('the analytics see the kiosk close and open again', () => {
    const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
      input: { exhibitId: 'test-exhibit' },
    });
    const events: AnalyticsEvent[] = [];
    new VisitRecorder((e) => events.push(e)).watch(a);
    a.start();
    close(a);
    a.send({ type: 'user.activity' }); // the card after a touch is still closed
    a.send({ type: 'kiosk.open' });
    expect(events.map((e) => e.type)).toEqual(['closed', 'opened']);
  });
});
