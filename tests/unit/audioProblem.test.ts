// Every audio failure names its file: narration, music beds, description clips, spoken prompts and
// the touch sound. Howler is replaced by a recorder of its options; each test fires the error
// Howler 2.2.4 fires for a damaged file (its own words, or an HTML5 MediaError code).
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeHowl {
  options: {
    src: string[];
    onloaderror?: (id: number | null, error: unknown) => void;
    onplayerror?: (id: number | null, error: unknown) => void;
  };
  _src: string | string[];
}
const howls: FakeHowl[] = [];

vi.mock('howler', () => ({
  // audioStart.ts: a context (Howler.ctx) already made, so that sounds are made at once.
  Howler: { volume: () => 1, ctx: {} },
  Howl: class {
    _src: string | string[];
    constructor(readonly options: FakeHowl['options']) {
      // Howler keeps the source it chose (the first this browser plays) in _src.
      this._src = options.src[0]!;
      howls.push(this as unknown as FakeHowl);
    }
    play() {
      return 1;
    }
    state() {
      return 'loading';
    }
    unload() {}
  },
}));

const { HowlerNarration } = await import('../../src/audio/HowlerNarration.ts');
const { HowlerMusicBed } = await import('../../src/audio/HowlerMusicBed.ts');
const { DescriptionVoice } = await import('../../src/audio/DescriptionVoice.ts');
const { PromptVoice } = await import('../../src/audio/PromptVoice.ts');
const { TouchSound } = await import('../../src/audio/TouchSound.ts');

const DAMAGED = 'Decoding audio data failed.';
let log: string[];
const onFailure = (message: string) => log.push(message);

beforeEach(() => {
  howls.length = 0;
  log = [];
});

describe('an audio file that cannot load is logged by name, with what to do', () => {
  it('narration', () => {
    const audio = ['/media/x/narration/one.en.opus', '/media/x/narration/one.en.mp3'];
    new HowlerNarration(
      { audio, captions: [], duration: 6, cueStarts: [], descriptions: [] },
      0,
      onFailure,
    );
    howls[0]!.options.onloaderror!(null, DAMAGED);
    expect(log).toEqual([
      'narration load failed: /media/x/narration/one.en.opus: Decoding audio data failed: the file is damaged or not audio; encode it again (npm run media)',
    ]);
  });

  it('narration destroyed while it decodes says nothing (Howler calls that a failed decode)', () => {
    const audio = ['/media/x/narration/one.en.opus'];
    const track = { audio, captions: [], duration: 6, cueStarts: [], descriptions: [] };
    new HowlerNarration(track, 0, onFailure).destroy();
    howls[0]!.options.onloaderror!(null, DAMAGED);
    expect(log).toEqual([]);
  });

  it('a music bed', () => {
    const beds = { default: ['/media/x/music/bed.opus'] };
    new HowlerMusicBed({ beds, volume: 0.5, duckedVolume: 0.2 }, 'default', onFailure).start();
    howls[0]!.options.onloaderror!(null, 4);
    expect(log).toEqual([
      'music bed "default" load failed: /media/x/music/bed.opus: the file is not audio this browser plays: the file is damaged or not audio; encode it again (npm run media)',
    ]);
  });

  it('an audio description clip', () => {
    const voice = new DescriptionVoice(
      ['/media/x/descriptions/en/one-1.opus'],
      3,
      () => {},
      onFailure,
    );
    howls[0]!.options.onloaderror!(null, 'Failed loading audio file with status: 404.');
    voice.stop();
    expect(log).toEqual([
      "audio description load failed: /media/x/descriptions/en/one-1.opus: Failed loading audio file with status: 404: check the file is on the kiosk's server",
    ]);
  });

  it('a spoken prompt', () => {
    new PromptVoice(onFailure).say('/media/prompts/en/touchToBegin');
    howls[0]!.options.onloaderror!(null, DAMAGED);
    expect(log).toEqual([
      'a spoken prompt load failed: /media/prompts/en/touchToBegin.opus: Decoding audio data failed: the file is damaged or not audio; encode it again (npm run media)',
    ]);
  });

  it('the touch sound, when it loads and when it cannot play', () => {
    new TouchSound(onFailure).configure({ touch: ['/media/x/sfx/touch.opus'], volume: 0.5 });
    howls[0]!.options.onloaderror!(null, 'No codec support for selected audio sources.');
    howls[0]!.options.onplayerror!(1, 'NotAllowedError: play() failed');
    expect(log).toEqual([
      'the touch sound load failed: /media/x/sfx/touch.opus: No codec support for selected audio sources: add an .opus or .mp3 encoding',
      'the touch sound play failed: /media/x/sfx/touch.opus: NotAllowedError: play() failed: the browser held the sound until a touch; the story goes on without it',
    ]);
  });
});
