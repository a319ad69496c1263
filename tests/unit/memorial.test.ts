// The memorial cue: its schema and checks (errors with their paths), and the kiosk machine's
// memorial hold on XState's simulated clock (the narration and idle timers on Vitest's fake timers).
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { checkChapter } from '../../src/content/checks.ts';
import { DESCRIPTION_BUDGET, describeCueParts, spokenWords } from '../../src/content/describe.ts';
import { formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { chapterFile } from '../../src/content/schema.ts';
import type { Exhibit } from '../../src/content/types.ts';
import { figureCue } from '../../src/cues/figure/index.ts';
import { DEFAULT_HOLD_SECONDS, memorial, memorialCue } from '../../src/cues/memorial/index.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import { memorialOnScreen } from '../../src/machine/selectors.ts';
import type { KioskMode } from '../../src/machine/types.ts';
import { typeSizes } from '../../src/scenes/theme.ts';
import { fsReader } from '../../scripts/fsReader.ts';
import { FakeNarration, fakeActors, musicLog } from '../helpers/fakes.ts';

const FILE = 'tests/fixtures/exhibits/gallery/chapters/memorial.json';
const toll = {
  text: { en: '37–700' },
  label: { en: 'Test toll' },
  source: { en: 'Test source' },
};
const valid = { type: 'memorial', at: 0, tolls: [toll] };

describe('memorial schema', () => {
  it('takes the fixture and the gallery chapter, and defaults the hold to 20 s', () => {
    expect(memorialCue.safeParse(memorial.fixture).success).toBe(true);
    const chapter = chapterFile.parse(JSON.parse(readFileSync(FILE, 'utf8')));
    const cue = chapter.cues.find((c) => c.type === 'memorial');
    expect(cue).toMatchObject({ holdSeconds: 12 });
    expect(DEFAULT_HOLD_SECONDS).toBe(20);
    expect(
      checkChapter(
        chapter,
        'memorial',
        ['en', 'ru', 'uk'],
        ['applebaum-2003', 'barnes-2011'],
        FILE,
      ),
    ).toEqual([]);
  });

  it('names the field and what to write when a toll or the hold is wrong', () => {
    const issues = (value: unknown) =>
      (memorialCue.safeParse(value).error?.issues ?? []).map((i) => [i.path, i.message]);
    expect(issues({ ...valid, tolls: [] })).toEqual([[['tolls'], 'expected at least one toll']]);
    expect(issues({ ...valid, tolls: [toll, toll, toll, toll] })[0]?.[1]).toMatch(
      /at most 3 tolls: a screen cannot show more/,
    );
    expect(issues({ ...valid, tolls: [{ ...toll, label: 'Test toll' }] })).toEqual([
      [['tolls', 0, 'label'], 'expected text per language, such as { "en": "…", "ru": "…" }'],
    ]);
    expect(
      issues({ ...valid, tolls: [{ ...toll, text: { en: '1953 to 1954, 37–700' } }] }),
    ).toEqual([
      [
        ['tolls', 0, 'text', 'en'],
        'expected at most 12 characters (one line of a toll, set at the largest size): shorten it',
      ],
    ]);
    expect(issues({ ...valid, holdSeconds: 1 })).toEqual([
      [['holdSeconds'], 'expected a whole number of seconds from 3 to 600'],
    ]);
    expect(issues({ ...valid, places: ['Kengir'] })[0]?.[0]).toEqual(['places', 0]);
    expect(issues({ ...valid, music: 'off' })[0]?.[1]).toMatch(/music/);
  });

  it('checks each toll has a number or a text, and every language, by file and path', () => {
    const cue = memorialCue.parse({
      ...valid,
      tolls: [
        { label: { en: 'a', ru: 'а' }, source: { en: 's', ru: 'и' } },
        { ...toll, value: 5 },
        { value: 5, approximate: true, label: { en: 'b' }, source: { en: 's', ru: 'и' } },
      ],
      places: [{ en: 'Test place' }],
    });
    const errors = memorial.check!(cue, {
      file: FILE,
      path: 'cues[1](type = memorial)',
      langs: ['en', 'ru'],
      placeIds: [],
    }).map(formatError);
    expect(errors).toEqual([
      `${FILE}: at cues[1](type = memorial).tolls[0]: expected "value" (a number) or "text" (such as "37–700"): give one`,
      `${FILE}: at cues[1](type = memorial).tolls[1]: give either "value" or "text", not both`,
      `${FILE}: at cues[1](type = memorial).tolls[1].text.ru: missing the "ru" translation: every language in exhibit.json needs one`,
      `${FILE}: at cues[1](type = memorial).tolls[1].label.ru: missing the "ru" translation: every language in exhibit.json needs one`,
      `${FILE}: at cues[1](type = memorial).tolls[1].source.ru: missing the "ru" translation: every language in exhibit.json needs one`,
      `${FILE}: at cues[1](type = memorial).tolls[2].label.ru: missing the "ru" translation: every language in exhibit.json needs one`,
      `${FILE}: at cues[1](type = memorial).places[0].ru: missing the "ru" translation: every language in exhibit.json needs one`,
    ]);
  });

  it('describes the tolls, as many as fit in the budget, then the places if there is time', () => {
    const cue = memorialCue.parse({
      ...valid,
      tolls: [toll, { value: 500, approximate: true, label: { en: 'b' }, source: { en: 'S2' } }],
      places: [{ en: 'Place one' }, { en: 'Place two' }],
    });
    // The sources are on screen beneath each toll; the listener hears the dead first.
    expect(describeCueParts(cue, 'en', {})).toEqual([
      {
        voice: 'describer',
        text: 'In memory. 37–700 — Test toll. about 500 — b. Places of memory: Place one, Place two.',
        spoken:
          'In memory. Thirty-seven to seven hundred — Test toll. About five hundred — b. Places of memory: Place one, Place two.',
      },
    ]);
    const many = memorialCue.parse({
      ...valid,
      tolls: Array.from({ length: 3 }, (_, i) => ({
        ...toll,
        label: { en: `killed at the ${i + 1}th camp of the test, by the count of its own records` },
      })),
      places: [{ en: 'Place one' }],
    });
    const parts = describeCueParts(many, 'en', {});
    expect(spokenWords(parts)).toBeLessThanOrEqual(DESCRIPTION_BUDGET);
    expect(parts[0]!.text).toMatch(
      /^In memory\. 37–700 — killed at the 1th camp .*\. And \d more counts of the dead\.$/,
    );
    expect(parts[0]!.text).not.toContain('Place one');
  });

  it('takes emphasis "toll" on a figure, and nothing else there', () => {
    const figure = { type: 'figure', at: 0, value: 5, label: { en: 'a' }, source: { en: 's' } };
    expect(figureCue.safeParse({ ...figure, emphasis: 'toll' }).success).toBe(true);
    const bad = figureCue.safeParse({ ...figure, emphasis: 'loud' });
    expect(bad.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['emphasis'], 'expected "toll" (a death toll) or no emphasis'],
    ]);
    expect(typeSizes.toll).toBeGreaterThan(typeSizes.figure);
    expect(typeSizes.tollSource).toBeGreaterThanOrEqual(32);
  });
});

let gallery: Exhibit;
beforeAll(async () => {
  gallery = await loadExhibit(fsReader('tests/fixtures', 'gallery'));
});

describe('the memorial hold', () => {
  let clock: SimulatedClock;
  beforeEach(() => {
    vi.useFakeTimers(); // the narration's progress and the idle timers
    clock = new SimulatedClock(); // the machine's own delays
    FakeNarration.all = [];
    musicLog.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  const MEMORIAL = () => gallery.chapters.length - 1; // the gallery's last chapter
  const start = (mode: KioskMode = 'visitor', exhibit = gallery) => {
    const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
      input: { exhibitId: 'gallery', mode },
      clock,
    });
    a.start();
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    a.send({ type: 'ui.chapterChosen', index: MEMORIAL() });
    return a;
  };
  type Actor = ReturnType<typeof start>;
  /** `ms` pass on every clock, the narration moving while it plays. */
  const elapse = (ms: number) => {
    for (let t = 0; t < ms; t += 100) {
      if (FakeNarration.all.length) FakeNarration.latest().advance(0.1);
      vi.advanceTimersByTime(100);
      clock.increment(100);
    }
  };
  const is = (a: Actor, path: string) => a.getSnapshot().matches(path as never);
  const memorialStart = (a: Actor) =>
    a.getSnapshot().context.exhibit!.chapters[MEMORIAL()]!.tracks.en!.cueStarts[1]!;
  const duration = () => gallery.chapters[MEMORIAL()]!.tracks.en!.duration;
  /** Plays the chapter until the memorial has been on screen for `s` seconds. */
  const intoMemorial = (a: Actor, s: number) => {
    elapse(Math.round((memorialStart(a) + s) * 1000));
    expect(memorialOnScreen(a.getSnapshot().context)).toBeDefined();
  };
  /** Every way on or out a visitor has, tapped or keyed. */
  const tapEverything = (a: Actor) => {
    for (const type of [
      'ui.pause',
      'ui.next',
      'ui.previous',
      'ui.home',
      'ui.back',
      'ui.exit',
    ] as const)
      a.send({ type });
  };

  it('lets the music fall silent as the memorial appears, once, and back when the visitor leaves', () => {
    const a = start();
    elapse(Math.round(memorialStart(a) * 1000) - 200);
    expect(musicLog).not.toContain('silence');
    elapse(400);
    expect(musicLog.filter((m) => m === 'silence')).toHaveLength(1);
    elapse(DEFAULT_HOLD_SECONDS * 1000);
    expect(musicLog.filter((m) => m === 'silence')).toHaveLength(1);
    // The narration ended meanwhile: no bed is asked for until the visitor leaves (an unduck
    // brings back no bed: src/audio/HowlerMusicBed.ts).
    expect(musicLog.slice(musicLog.indexOf('silence')).filter((m) => m.startsWith('bed'))).toEqual(
      [],
    );
    a.send({ type: 'ui.home' });
    expect(is(a, 'visit.flow.home')).toBe(true);
    expect(musicLog.at(-1)).toBe('bed default');
  });

  it('ignores every touch but language and accessibility while the memorial holds still', () => {
    const a = start();
    intoMemorial(a, 1);
    const commands = FakeNarration.latest().commands.length;
    tapEverything(a);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    expect(FakeNarration.latest().commands).toHaveLength(commands); // not paused
    expect(a.getSnapshot().context.chapterIndex).toBe(MEMORIAL());
    a.send({ type: 'ui.access', change: { largeCaptions: true } });
    expect(a.getSnapshot().context.access.largeCaptions).toBe(true);
    elapse(Math.round((duration() - memorialStart(a)) * 1000)); // the narration ends
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
    tapEverything(a);
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
    a.send({ type: 'ui.languageChosen', lang: 'uk' });
    expect(a.getSnapshot().context.lang).toBe('uk');
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
  });

  it('shows "Return to chapters" only once holdSeconds have passed since the memorial began', () => {
    const a = start();
    intoMemorial(a, 0);
    const began = clock.now();
    elapse(Math.round((duration() - memorialStart(a)) * 1000) + 200);
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
    const hold = 12_000; // the gallery's memorial
    elapse(began + hold - clock.now() - 200);
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
    elapse(300);
    expect(is(a, 'visit.flow.chapter.ended.open')).toBe(true);
    // The exhibit's end waits for the visitor: no return to the menu on a timer.
    elapse(10_000);
    expect(is(a, 'visit.flow.chapter.ended.open')).toBe(true);
    a.send({ type: 'ui.home' });
    expect(is(a, 'visit.flow.home')).toBe(true);
  });

  it("holds 20 s from the memorial's start when the content gives no holdSeconds", () => {
    const chapters = gallery.chapters.map((c, i) =>
      i === MEMORIAL()
        ? {
            ...c,
            cues: c.cues.map((q) => (q.type === 'memorial' ? { ...q, holdSeconds: undefined } : q)),
          }
        : c,
    );
    const a = start('visitor', { ...gallery, chapters });
    intoMemorial(a, 0);
    elapse(DEFAULT_HOLD_SECONDS * 1000 - 300);
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
    elapse(400);
    expect(is(a, 'visit.flow.chapter.ended.open')).toBe(true);
  });

  it('does not count idle time during the hold; a visitor who walks away is reset after it', () => {
    const a = start();
    intoMemorial(a, 0);
    elapse(Math.round((duration() - memorialStart(a)) * 1000) + 200);
    expect(is(a, 'visit.flow.chapter.ended.holding')).toBe(true);
    expect(is(a, 'visit.idle.suspended')).toBe(true);
    // Through the hold the idle clock waits; it starts the moment "Return to chapters" shows.
    for (
      let waited = 0;
      !is(a, 'visit.flow.chapter.ended.open') && waited < 20_000;
      waited += 100
    ) {
      expect(is(a, 'visit.idle.suspended')).toBe(true);
      elapse(100);
    }
    expect(is(a, 'visit.flow.chapter.ended.open')).toBe(true);
    expect(is(a, 'visit.idle.counting')).toBe(true);
    elapse(59_900);
    expect(is(a, 'visit.idle.warning')).toBe(false);
    elapse(200);
    expect(is(a, 'visit.idle.warning')).toBe(true);
    elapse(20_000);
    expect(a.getSnapshot().matches('attract')).toBe(true);
    expect(a.getSnapshot().context.chapterIndex).toBe(0);
    expect(musicLog.slice(-2)).toEqual(['stop', 'start attract']);
  });

  it('lets a docent leading a guided tour leave the memorial at any time', () => {
    const a = start('docent');
    intoMemorial(a, 1);
    a.send({ type: 'ui.home' });
    expect(is(a, 'visit.flow.home')).toBe(true);
    expect(musicLog.at(-1)).toBe('bed default');
    // Ending the tour from the docent bar during the hold returns to the attract loop.
    const b = start('docent');
    intoMemorial(b, 0);
    elapse(Math.round((duration() - memorialStart(b)) * 1000) + 200);
    expect(is(b, 'visit.flow.chapter.ended')).toBe(true);
    b.send({ type: 'kiosk.mode', mode: 'visitor' });
    expect(b.getSnapshot().matches('attract')).toBe(true);
  });

  it('ends a chapter without a memorial as before: the next follows "Up next"', () => {
    const a = start();
    a.send({ type: 'ui.previous' }); // the chapter before, with no memorial
    expect(a.getSnapshot().context.chapterIndex).toBe(MEMORIAL() - 1);
    elapse(Math.round(gallery.chapters[MEMORIAL() - 1]!.tracks.en!.duration * 1000) + 200);
    expect(is(a, 'visit.flow.chapter.ended.open')).toBe(true);
    elapse(8_000);
    expect(a.getSnapshot().context.chapterIndex).toBe(MEMORIAL()); // the next one follows
  });
});
