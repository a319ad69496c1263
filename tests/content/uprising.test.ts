// The first exhibit, "Uprising", against its editorial brief: length, languages, sources, media.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExhibit } from '../../src/content/load.ts';
import { chapterPauses, memorialSentences, TOLL_PAUSE } from '../../src/content/pacing.ts';
import type { Exhibit } from '../../src/content/types.ts';
import { fsReader } from '../../scripts/fsReader.ts';
import type { Manifest } from '../../scripts/media/narration.ts';
import { opusDuration } from '../../scripts/media/ogg.ts';

let exhibit: Exhibit;
const manifest = JSON.parse(readFileSync('media/uprising/manifest.json', 'utf8')) as Manifest;
beforeAll(async () => {
  exhibit = await loadExhibit(fsReader('.', 'uprising'));
});

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    if (f.includes('.tmp.')) return n; // scratch files of a media build in progress, never committed
    return n + (statSync(p).isDirectory() ? folderBytes(p) : statSync(p).size);
  }, 0);
}

describe('Uprising', () => {
  it('has 8 to 10 chapters in English, Russian and Ukrainian', () => {
    expect(exhibit.chapters.length).toBeGreaterThanOrEqual(8);
    expect(exhibit.chapters.length).toBeLessThanOrEqual(10);
    expect(exhibit.languages).toEqual(['en', 'ru', 'uk']);
  });

  // Paced narration (issue 17: pauses after tolls, paragraphs, the memorial's silence) added about
  // 12 % of silence: 12.1 min in English, 12.9 in Ukrainian. A visitor chooses chapters, about a minute each.
  it('runs 40 to 120 s a chapter and 8 to 14 minutes in all, in every language', () => {
    for (const lang of exhibit.languages) {
      let total = 0;
      for (const chapter of exhibit.chapters) {
        const seconds = manifest.chapters[chapter.id]![lang]!.duration;
        expect(seconds, `${chapter.id}.${lang}`).toBeGreaterThanOrEqual(40);
        expect(seconds, `${chapter.id}.${lang}`).toBeLessThanOrEqual(120);
        const file = readFileSync(`media/uprising/narration/${chapter.id}.${lang}.opus`);
        expect(opusDuration(file)).toBeCloseTo(seconds, 2);
        total += seconds;
      }
      expect(total / 60, lang).toBeGreaterThanOrEqual(8);
      expect(total / 60, lang).toBeLessThanOrEqual(14);
    }
  });

  it('keeps English sentences to 25 words and every sentence sourced', () => {
    const ids = new Set(exhibit.sources.map((s) => s.id));
    for (const chapter of exhibit.chapters) {
      expect(chapter.script.length).toBeGreaterThan(0);
      for (const sentence of chapter.script) {
        expect(sentence.text.en!.split(/\s+/).length, sentence.text.en).toBeLessThanOrEqual(25);
        expect(sentence.sources.length).toBeGreaterThan(0);
        for (const id of sentence.sources) expect(ids.has(id), id).toBe(true);
      }
    }
  });

  it('invents no quotations: the narrator quotes no one; the reader reads only a sourced quote cue', () => {
    const bare = (t: string) =>
      t
        .replace(/["“”«»„]/g, '')
        .replace(/[.!]+$/, '')
        .trim();
    let read = 0;
    for (const chapter of exhibit.chapters) {
      const quotes = chapter.cues.flatMap((c) => (c.type === 'quote' ? [c] : []));
      for (const sentence of chapter.script) {
        for (const [lang, text] of Object.entries(sentence.text)) {
          if (sentence.voice !== 'reader') {
            expect(text).not.toMatch(/["“”«»„]/);
            continue;
          }
          read++;
          const cue = quotes.find((q) => bare(q.text[lang] ?? '') === bare(text));
          expect(cue, `${chapter.id}: "${text}" is no quote cue's text in ${lang}`).toBeDefined();
        }
      }
    }
    expect(read).toBeGreaterThan(0);
  });

  it('rests after every death toll (at least 1.5 s) and before the memorial (4 s)', () => {
    const toll = /\b(killed|dead|shot)\b/;
    const count = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred)\b/i;
    for (const chapter of exhibit.chapters) {
      const context = { memorialAt: memorialSentences(chapter.cues) };
      const pauses = chapterPauses(chapter.script, 'en', context);
      chapter.script.forEach((sentence, i) => {
        const en = sentence.text.en!;
        if (toll.test(en) && count.test(en))
          expect(pauses[i], `${chapter.id}: ${en}`).toBeGreaterThanOrEqual(TOLL_PAUSE);
      });
      for (const at of context.memorialAt) expect(pauses[at - 1]).toBeGreaterThanOrEqual(4);
      // The pause after each sentence is the track's own: the silence between its words.
      for (const lang of exhibit.languages) {
        const speech = manifest.chapters[chapter.id]![lang]!.speech;
        const heard = speech.slice(1).map(([start], i) => start - speech[i]![1]);
        const want = chapterPauses(chapter.script, lang, context).slice(0, -1);
        heard.forEach((gap, i) =>
          expect(gap, `${chapter.id}.${lang} after ${i + 1}`).toBeCloseTo(want[i]!, 2),
        );
      }
    }
  });

  it('writes numbers out in words for the Russian and Ukrainian voices', () => {
    for (const chapter of exhibit.chapters) {
      for (const sentence of chapter.script) {
        for (const lang of ['ru', 'uk']) {
          const spoken = sentence.spoken?.[lang] ?? sentence.text[lang]!;
          expect(spoken, `${chapter.id}: ${spoken}`).not.toMatch(/\d/);
        }
      }
    }
  });

  it('has a content advisory, music for the attract loop and three moods, and a touch sound', () => {
    expect(Object.keys(exhibit.advisory ?? {})).toEqual(['en', 'ru', 'uk']);
    expect(Object.keys(exhibit.music!.beds).sort()).toEqual([
      'attract',
      'cold',
      'default',
      'elegy',
      'tension',
    ]);
    expect(exhibit.sounds?.touch?.length).toBeGreaterThan(0);
    const moods = new Set(exhibit.chapters.map((c) => c.mood));
    expect(moods.size).toBeGreaterThanOrEqual(3);
  });

  // 42 MB after issue 16: narration 21 MB (Opus and MP3), audio description 14 MB (58 cues in
  // three languages, Opus 24 kbit/s), music 6 MB; the rest is small. The cap leaves room for a
  // chapter, not for unpruned clips (scripts/media/descriptions.ts deletes clips no cue uses).
  it('keeps all committed media under 48 MB', () => {
    const mb = folderBytes('media') / 1024 / 1024;
    expect(mb).toBeLessThan(48);
  });
});
