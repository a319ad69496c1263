// The plan cue's data: the plan file's schema and checks name the file, the field and the fix; a
// step naming a wall, zone or route the plan lacks fails the content check; the geometry the view
// draws with (hatching, partial routes, broken walls, label placement) does what it says.
import { describe, expect, it } from 'vitest';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import type { ContentReader } from '../../src/content/reader.ts';
import { describeCue } from '../../src/content/describe.ts';
import { planCue } from '../../src/cues/plan/index.ts';
import {
  anyOverlap,
  broken,
  hatch,
  length,
  partial,
  placeLabels,
} from '../../src/cues/plan/geometry.ts';
import { planFile } from '../../src/cues/plan/schema.ts';
import { stateAfter } from '../../src/cues/plan/state.ts';
import { fsReader } from '../../scripts/fsReader.ts';

const DIR = 'tests/fixtures/exhibits/gallery';
const PLAN = `${DIR}/plans/test-camp.json`;
const CHAPTER = `${DIR}/chapters/plan.json`;

/** The gallery with some JSON files changed by `edit`. */
function gallery(edit: (path: string, data: Record<string, never>) => void): ContentReader {
  const base = fsReader('tests/fixtures', 'gallery');
  return {
    ...base,
    readExhibitFile: async (path) => {
      const source = await base.readExhibitFile(path);
      if (source === undefined) return undefined;
      const data = JSON.parse(source) as Record<string, never>;
      edit(path, data);
      return JSON.stringify(data);
    },
  };
}

async function errorsOf(reader: ContentReader): Promise<string[]> {
  try {
    await loadExhibit(reader, { checkMedia: false });
  } catch (e) {
    if (e instanceof ContentLoadError) return e.errors.map(formatError);
    throw e;
  }
  throw new Error('expected the exhibit to fail');
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the plan file', () => {
  it('loads with the gallery and rides in the loaded exhibit', async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'gallery'), { checkMedia: false });
    expect(Object.keys(exhibit.plans)).toEqual(['test-camp']);
    const plan = exhibit.chapters.find((c) => c.id === 'plan')!;
    // Each step's start, per language: after its cue, in order.
    for (const lang of exhibit.languages) {
      const steps = plan.tracks[lang]!.steps![0]!;
      expect(steps).toHaveLength(3);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(steps[0]).toBeGreaterThan(plan.tracks[lang]!.cueStarts[0]!);
    }
  });

  it('a wrong kind, a point outside the plan, a duplicate id and a missing translation', async () => {
    const errors = await errorsOf(
      gallery((path, d: Json) => {
        if (path !== 'plans/test-camp.json') return;
        d.zones[0].kind = 'barracks';
        d.zones[1].points[2] = [1960, 540];
        d.walls[1].id = 'fence';
        delete d.source.uk;
      }),
    );
    expect(errors).toContain(
      `${PLAN}: at zones[0].kind: expected a zone kind: camp, women, men, service, prison, perimeter, other, got "barracks"`,
    );
    // Checks past the schema run once the file parses: fix the kind and the rest is told.
    const more = await errorsOf(
      gallery((path, d: Json) => {
        if (path !== 'plans/test-camp.json') return;
        d.zones[1].points[2] = [1960, 540];
        d.walls[1].id = 'fence';
        delete d.source.uk;
      }),
    );
    expect(more).toEqual(
      expect.arrayContaining([
        `${PLAN}: at zones[1].points[2]: expected a point inside the plan's size [1000, 620], got [1960, 540]`,
        `${PLAN}: at walls[1].id: id "fence" is already used at walls[0].id: give each part its own id`,
        `${PLAN}: at source.uk: missing the "uk" translation: every language in exhibit.json needs one`,
      ]),
    );
  });

  it('an unknown field and a building with neither rect nor points', () => {
    const data = { id: 'x', name: { en: 'X' }, source: { en: 'Y' }, size: [10, 10], units: 'grid' };
    const r = planFile.safeParse({ ...data, buildings: [{ id: 'b' }], roads: [] });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('buildings.0');
    expect(r.error!.issues.find((i) => i.code === 'unrecognized_keys')).toBeTruthy();
  });
});

describe('the plan cue', () => {
  it('a step naming a missing wall, zone or route fails the content check, by path', async () => {
    const errors = await errorsOf(
      gallery((path, d: Json) => {
        if (path !== 'chapters/plan.json') return;
        d.cues[0].steps[0].breach = ['breach-9'];
        d.cues[0].steps[1].zones = { 'zone-c': 'joined' };
        d.cues[0].steps[2].routes = ['assault'];
      }),
    );
    const at = `${CHAPTER}: at cues[0](type = plan).steps`;
    expect(errors).toEqual([
      `${at}[0].breach[0]: no wall "breach-9" in plans/test-camp.json: use one of fence, wall-north, breach-1, wall-south`,
      `${at}[1].zones.zone-c: no zone "zone-c" in plans/test-camp.json: use one of zone-a, zone-b`,
      `${at}[2].routes[0]: no route "assault" in plans/test-camp.json: use one of test-route`,
    ]);
  });

  it('an unknown plan id is told at the cue, with the file to add', async () => {
    const errors = await errorsOf(
      gallery((path, d: Json) => {
        if (path === 'chapters/plan.json') d.cues[0].plan = 'kengir-3rd-division';
      }),
    );
    expect(errors).toEqual([
      `${CHAPTER}: at cues[0](type = plan).plan: unknown plan "kengir-3rd-division": add plans/kengir-3rd-division.json to the exhibit folder or fix the id`,
    ]);
  });

  it('a step before its cue, or a step caption missing a language, is told by path', async () => {
    const errors = await errorsOf(
      gallery((path, d: Json) => {
        if (path !== 'chapters/plan.json') return;
        d.cues[0].steps[1].at = 1;
        delete d.cues[0].steps[2].caption.ru;
      }),
    );
    expect(errors).toContain(
      `${CHAPTER}: at cues[0](type = plan).steps[2].caption.ru: missing the "ru" translation: every language in exhibit.json needs one`,
    );
    expect(
      errors.some((e) =>
        e.startsWith(`${CHAPTER}: at cues[0](type = plan).steps[1]: expected a time from`),
      ),
    ).toBe(true);
  });

  it("is described from the plan's name, what it shows now, and its source", async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'gallery'), { checkMedia: false });
    const cue = exhibit.chapters[1]!.cues[0]!;
    expect(describeCue(cue, 'en', {}, exhibit.plans)).toBe(
      "A plan: A test camp: two zones and a wall. Two zones, a wall between them. Schematic. Source: Drawn for the engine's tests; not a real place.",
    );
    expect(describeCue(cue, 'ru', {}, exhibit.plans)).toMatch(/^План: Тестовый лагерь.*Схема\./);
  });

  it('steps build up: a later step keeps what the ones before it did', () => {
    const cue = planCue.parse({
      type: 'plan',
      at: 0,
      plan: 'p',
      steps: [
        { at: 1, caption: { en: 'a' }, breach: ['w'] },
        { at: 2, caption: { en: 'b' }, zones: { z: 'joined' } },
        { at: 3, caption: { en: 'c' }, zones: { z: 'taken' }, routes: ['r'] },
      ],
    });
    const s = stateAfter(cue.steps, 3);
    expect([...s.breached]).toEqual(['w']);
    expect(s.zones.get('z')).toBe('taken');
    expect([...s.routes]).toEqual(['r']);
    expect(stateAfter(cue.steps, 0).breached.size).toBe(0);
  });
});

describe('plan geometry', () => {
  const square = [
    [0, 0],
    [100, 0],
    [100, 100],
    [0, 100],
  ] as [number, number][];

  it('hatching stays inside the polygon', () => {
    const lines = hatch(square, 10);
    expect(lines.length).toBeGreaterThan(15);
    for (const [a, b] of lines)
      for (const p of [a, b]) {
        expect(p[0]).toBeGreaterThanOrEqual(-1e-9);
        expect(p[0]).toBeLessThanOrEqual(100 + 1e-9);
        expect(p[1]).toBeGreaterThanOrEqual(-1e-9);
        expect(p[1]).toBeLessThanOrEqual(100 + 1e-9);
      }
  });

  it('a partial route ends at that fraction of its length', () => {
    const path = [
      [0, 0],
      [100, 0],
      [100, 100],
    ] as [number, number][];
    expect(length(partial(path, 0.25))).toBeCloseTo(50);
    expect(partial(path, 0.75).at(-1)).toEqual([100, 50]);
    expect(partial(path, 1)).toEqual(path);
  });

  it('a broken wall leaves two pieces with a gap between them', () => {
    const wall = [
      [0, 0],
      [100, 0],
    ] as [number, number][];
    const [a, b] = broken(wall, 1, 0.6);
    expect(a.at(-1)![0]).toBeCloseTo(20);
    expect(b[0]![0]).toBeCloseTo(80);
    const [c, d] = broken(wall, 0);
    expect(c.at(-1)![0]).toBeCloseTo(50);
    expect(d[0]![0]).toBeCloseTo(50);
  });

  it('labels wanted in one place are moved apart, and kept inside the bounds', () => {
    const box = { x: 90, y: 90, width: 40, height: 10 };
    const placed = placeLabels([box, box, box], { x: 0, y: 0, width: 120, height: 120 });
    expect(anyOverlap(placed)).toBe(false);
    for (const b of placed) {
      expect(b.x + b.width).toBeLessThanOrEqual(120);
      expect(b.y + b.height).toBeLessThanOrEqual(120);
    }
  });
});
