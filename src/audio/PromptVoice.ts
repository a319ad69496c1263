// The keypad's spoken prompts: when the keypad moves the focus, the control's name is spoken in
// the visitor's language from short pre-synthesised files (`npm run media:prompts`). One prompt at
// a time; the next one cuts the last short. A missing file is not heard, and logged once, by name.
import { Howl } from 'howler';
import { startAudio } from './audioStart.ts';
import { audioProblem, type AudioFailure } from './audioProblem.ts';
import type { KioskContext } from '../machine/types.ts';
import { BUILT_IN_UI, SPOKEN_KEYS, type UiKey } from '../i18n/registry.ts';

/** Where the prompt for a control is, without its extension, or undefined if it has none. */
export function promptFor(el: HTMLElement, ctx: KioskContext, base: string): string | undefined {
  const exhibit = ctx.exhibit;
  if (!exhibit) return undefined;
  const own = `${base}media/${exhibit.id}/prompts`;
  const key = el.dataset.key ?? '';
  if (key.startsWith('lang-')) return `${own}/${key.slice(5)}/language`;
  const chapter = /^chapter-(\d+)$/.exec(key);
  if (chapter) {
    const id = exhibit.chapters[Number(chapter[1])]?.id;
    return id ? `${own}/${ctx.lang}/chapter-${id}` : undefined;
  }
  // "Touch to begin" is written in every language at once; it is spoken in the kiosk's own.
  if (key === 'start') return promptOf('touchToBegin', ctx, base);
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  const strings = exhibit.ui[ctx.lang] ?? BUILT_IN_UI[ctx.lang];
  const spoken = SPOKEN_KEYS.find((k) => strings?.[k] === name);
  return spoken ? promptOf(spoken, ctx, base) : undefined;
}

/** Where the prompt for one of the engine's own strings is, in the visitor's language. */
export function promptOf(key: UiKey, ctx: KioskContext, base: string): string {
  return `${base}media/prompts/${ctx.lang}/${key}`;
}

/** Speaks prompts, one at a time. */
export class PromptVoice {
  /** The last prompt asked for, for tests. */
  static last: string | undefined;
  private howl: Howl | undefined;

  /** `onFailure` hears a prompt that cannot load or play, naming its file. */
  constructor(private readonly onFailure: AudioFailure) {}

  say(prompt: string | undefined): void {
    this.howl?.unload();
    this.howl = undefined;
    PromptVoice.last = prompt;
    if (!prompt) return;
    const src = [`${prompt}.opus`, `${prompt}.mp3`];
    const fail = (action: 'load' | 'play') => (_id: unknown, error: unknown) =>
      this.onFailure(audioProblem('a spoken prompt', action, howl, src, error), error);
    startAudio(); // the context, at the kept volume (audioStart.ts)
    const howl = new Howl({
      src,
      autoplay: true,
      onloaderror: fail('load'),
      onplayerror: fail('play'),
    });
    this.howl = howl;
  }
}
