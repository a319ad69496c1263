// The music bed's volumes: the attract loop's bed plays quieter than a visit's (music.attractVolume,
// or 0.7 × volume), ducks under narration, and a memorial's silence fades every bed to nothing.
// Howler is replaced by a recorder of the fades it is asked for.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeHowl {
  src: string;
  level: number;
  options: { onplay?: () => void };
}
const howls: FakeHowl[] = [];

vi.mock('howler', () => ({
  // audioStart.ts: a context (Howler.ctx) already made, so that sounds are made at once.
  Howler: { volume: () => 1, ctx: {} },
  Howl: class {
    src: string;
    level: number;
    constructor(readonly options: { src: string[]; volume: number; onplay?: () => void }) {
      this.src = options.src[0]!;
      this.level = options.volume;
      howls.push(this as unknown as FakeHowl);
    }
    play() {
      return 1;
    }
    volume(to?: number) {
      if (to === undefined) return this.level;
      this.level = to;
      return this;
    }
    fade(_from: number, to: number) {
      this.level = to;
      return this;
    }
    unload() {}
  },
}));

const { HowlerMusicBed, ATTRACT_SHARE } = await import('../../src/audio/HowlerMusicBed.ts');

const beds = { default: ['/m/bed.opus'], attract: ['/m/attract.opus'], elegy: ['/m/elegy.opus'] };
const playing = () => howls.at(-1)!;
const started = () => howls.forEach((h) => h.options.onplay?.());

beforeEach(() => {
  howls.length = 0;
});

describe('music bed volumes', () => {
  it('the attract bed plays at 0.7 of the visit volume when the exhibit does not set it', () => {
    const bed = new HowlerMusicBed({ beds, volume: 0.5, duckedVolume: 0.2 }, 'attract', () => {});
    bed.start();
    started();
    expect(ATTRACT_SHARE).toBe(0.7);
    expect(playing().src).toBe('/m/attract.opus');
    expect(playing().level).toBeCloseTo(0.35, 5);
  });

  it('music.attractVolume sets it; a visit bed plays at volume and ducks to duckedVolume', () => {
    const music = { beds, volume: 0.5, duckedVolume: 0.2, attractVolume: 0.25 };
    const attract = new HowlerMusicBed(music, 'attract', () => {});
    attract.start();
    started();
    expect(playing().level).toBe(0.25);
    attract.stop();
    const visit = new HowlerMusicBed(music, 'default', () => {});
    visit.start();
    started();
    expect(playing().level).toBe(0.5);
    visit.duck();
    expect(playing().level).toBe(0.2);
  });

  it('a memorial silence fades the bed to 0', () => {
    const bed = new HowlerMusicBed({ beds, volume: 0.5, duckedVolume: 0.2 }, 'elegy', () => {});
    bed.start();
    started();
    bed.silence();
    expect(playing().level).toBe(0);
  });
});
