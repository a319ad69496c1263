// The sources screen: the works the narration rests on, grouped by chapter, set like a museum
// label, with the take-home reading list as a QR code where the exhibit gives its address, and
// at the end of the list, quietly, the voices that speak the visitor's language.
import { groupSources, printedAddress } from '../content/bibliography.ts';
import { VOICE_ROLES, type VoiceRole } from '../content/loadVoices.ts';
import type { Chapter } from '../content/types.ts';
import { language, type UiKey } from '../i18n/registry.ts';
import { button, h, languageButtons, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';
import { scrollCue } from './scrollCue.ts';
import { sourceLabel } from './sourceLabel.ts';

type Context = Snapshot['context'];

/** One chapter's works; a keypad stop, so arrows walk the list chapter by chapter. */
function group(ctx: Context, chapter: Chapter, index: number, items: HTMLElement[]): HTMLElement {
  const id = `sources-chapter-${index + 1}`;
  return h(
    'section',
    { class: 'source-group', tabindex: -1, 'data-keypad-stop': true, 'aria-labelledby': id },
    h(
      'h2',
      { id },
      h(
        'span',
        { class: 'source-chapter-number', 'aria-hidden': 'true' },
        String(index + 1).padStart(2, '0'),
      ),
      h('span', { class: 'source-chapter-title' }, text(ctx, chapter.title)),
    ),
    h('ul', {}, ...items),
  );
}

const ROLE_WORDS: Record<VoiceRole, UiKey> = {
  narration: 'voiceNarration',
  quotations: 'voiceQuotations',
  description: 'voiceDescription',
};

/**
 * The voices of the visitor's language (media/<id>/voices.json), one sentence per set of voices:
 * "Narration: Jane Example (recorded). Quotations and documents: BDL, RHVoice voice, LGPL-2.1."
 * Roles spoken by the same voices are named together ("Narration and audio description: …").
 */
function voiceCredits(ctx: Context): HTMLElement | null {
  const voices = ctx.exhibit?.voices?.[ctx.lang];
  if (!voices) return null;
  const byVoices = new Map<string, VoiceRole[]>();
  for (const role of VOICE_ROLES) {
    const names = voices[role]?.join('; ');
    if (names) byVoices.set(names, [...(byVoices.get(names) ?? []), role]);
  }
  if (!byVoices.size) return null;
  const locale = language(ctx.lang).locale;
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  const sentences = [...byVoices].map(([names, roles]) => {
    const what = and.format(roles.map((r) => say(ctx, ROLE_WORDS[r])));
    return `${what.charAt(0).toLocaleUpperCase(locale)}${what.slice(1)}: ${names}.`;
  });
  return h(
    'section',
    {
      class: 'voice-credits',
      tabindex: -1,
      'data-keypad-stop': true,
      'aria-labelledby': 'voice-credits-title',
    },
    h('h2', { id: 'voice-credits-title' }, say(ctx, 'voices')),
    h('p', {}, sentences.join(' ')),
  );
}

/** The QR code of the take-home reading list, its heading and its address in plain text. */
function readingList(ctx: Context): HTMLElement | null {
  const list = ctx.exhibit?.readingList;
  if (!list) return null;
  // Breaks only after a slash, never at a hyphen: the address stays whole words, readable and typeable.
  const address = printedAddress(list.url)
    .split(/(?<=\/)/)
    .flatMap((part, i) => [i ? h('wbr') : null, h('span', {}, part)]);
  return h(
    'aside',
    { class: 'reading-list', 'aria-labelledby': 'reading-list-title' },
    h('h2', { id: 'reading-list-title' }, text(ctx, list.label) || say(ctx, 'readingList')),
    h('img', { class: 'reading-qr', src: list.qr, alt: say(ctx, 'qrCode'), draggable: 'false' }),
    h('p', { class: 'reading-address' }, ...address),
    h('p', { class: 'reading-hint' }, say(ctx, 'readingListHint')),
  );
}

/** Sources grouped by chapter, scrollable by touch and by keys, with the reading list's QR. */
export function sourcesScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const groups = groupSources(ctx.exhibit?.chapters ?? [], ctx.exhibit?.sources ?? []);
  const list = h(
    'div',
    { class: 'sources-list', tabindex: 0, role: 'region', 'aria-label': say(ctx, 'sources') },
    ...groups.map((g) =>
      group(
        ctx,
        g.chapter,
        g.index,
        g.entries.map((e) => sourceLabel(e, ctx)),
      ),
    ),
    voiceCredits(ctx),
  );
  const { more, measure } = scrollCue(list, say(ctx, 'moreSources'), send);
  const root = h(
    'section',
    { class: 'screen sources', lang: ctx.lang },
    h(
      'header',
      { class: 'home-header' },
      h(
        'div',
        {},
        h('h1', {}, say(ctx, 'sources')),
        h('p', { class: 'subtitle' }, say(ctx, 'sourcesIntro')),
      ),
      h(
        'div',
        { class: 'header-actions' },
        languageButtons(ctx, send),
        button(say(ctx, 'back'), { type: 'ui.back' }, send, {
          class: 'primary',
          'data-key': 'back',
        }),
      ),
    ),
    h(
      'div',
      { class: 'sources-body' },
      h('div', { class: 'sources-column' }, list, more),
      readingList(ctx),
    ),
  );
  return { root, update: measure };
}
