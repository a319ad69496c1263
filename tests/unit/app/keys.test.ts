// The keypad's policy: help shown and read out, the attract montage held only in the attract
// loop, D handed to the machine (which says the new setting), the presenter's pause key.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { chapterPlay, keypadTarget } from '../../../src/app/keys.ts';
import type { Exhibit } from '../../../src/content/types.ts';
import { kioskMachine } from '../../../src/machine/kioskMachine.ts';
import { FakeNarration, fakeActors, fixtureExhibit } from '../../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});
beforeEach(() => {
  vi.useFakeTimers();
  FakeNarration.all = [];
});
afterEach(() => vi.useRealTimers());

function setUp() {
  const actor = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
    input: { exhibitId: 'test-exhibit' },
  });
  actor.start();
  const said: (string | undefined)[] = [];
  let helpShown = false;
  let holds = 0;
  const target = keypadTarget(actor, {
    toggleHelp: () => (helpShown = !helpShown),
    say: (p) => said.push(p),
    holdAttract: () => void holds++,
    volume: { level: () => 1, change: () => {} },
    base: '/',
  });
  return { actor, target, said, holds: () => holds };
}

describe('keypad', () => {
  it('help is shown and read out in the visitor language; closing it silences the reading', () => {
    const { target, said } = setUp();
    target.help();
    target.help();
    expect(said).toEqual(['/media/prompts/en/keysSpoken', undefined]);
  });

  it('holds the attract montage only in the attract loop', () => {
    const { actor, target, holds } = setUp();
    target.keyed();
    expect(holds()).toBe(1);
    actor.send({ type: 'ui.start' });
    target.keyed();
    expect(holds()).toBe(1);
  });

  it("D is the machine's to decide: it toggles description in a visit and the prompt follows", () => {
    const { actor, target } = setUp();
    const prompts: string[] = [];
    actor.on('prompt.say', (e) => prompts.push(e.key));
    target.describe();
    expect(actor.getSnapshot().context.access.audioDescription).toBe(false);
    actor.send({ type: 'ui.start' });
    target.describe();
    expect(actor.getSnapshot().context.access.audioDescription).toBe(true);
    expect(prompts).toEqual(['descriptionOn']);
  });

  it('the presenter pause key sees a chapter playing or paused', () => {
    const { actor } = setUp();
    expect(chapterPlay(actor)).toBeUndefined();
    actor.send({ type: 'ui.start' });
    actor.send({ type: 'ui.continue' });
    actor.send({ type: 'ui.chapterChosen', index: 0 });
    expect(chapterPlay(actor)).toBe('playing');
    actor.send({ type: 'ui.pause' });
    expect(chapterPlay(actor)).toBe('paused');
  });
});
