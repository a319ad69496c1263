// The studio preview's content reader (src/app/previewReader.ts): sent files over the server's,
// and captions that follow the script as the curator edits it.
import { describe, expect, it } from 'vitest';
import { followScript, previewReader } from '../../src/app/previewReader.ts';
import { FileProblem } from '../../src/content/limits.ts';
import type { ContentReader } from '../../src/content/reader.ts';
import { parseVtt } from '../../src/content/vtt.ts';

const VOICED = `WEBVTT

1
00:00:00.600 --> 00:00:02.606
The first sentence.

2.1
00:00:02.906 --> 00:00:04.000
The second sentence,

2.2
00:00:04.000 --> 00:00:05.042
in two parts.
`;

/** A server with these files (exhibit folder and media folder); the rest are 404s. */
function server(exhibit: Record<string, unknown>, media: Record<string, string>): ContentReader {
  const missing = () => {
    throw new FileProblem('not found (404)', true);
  };
  return {
    readExhibitFile: async (p) => (p in exhibit ? JSON.stringify(exhibit[p]) : missing()),
    readMediaText: async (p) => media[p] ?? missing(),
    mediaExists: async (p) => p in media,
    mediaUrl: (p) => `/media/x/${p}`,
    exhibitLabel: (p) => `exhibits/x/${p}`,
    mediaLabel: (p) => `media/x/${p}`,
  };
}

describe('followScript', () => {
  it('keeps the voiced captions while they say what the script says', () => {
    const out = followScript(VOICED, ['The first sentence.', 'The second sentence, in two parts.']);
    expect(out).toEqual({ vtt: VOICED, silent: false });
  });

  it('keeps the timing, with the new words, when only words changed', () => {
    const out = followScript(VOICED, ['The first sentence.', 'An edited second one.']);
    expect(out.silent).toBe(false);
    expect(parseVtt(out.vtt)).toEqual([
      { start: 0.6, end: 2.606, text: 'The first sentence.', sentence: 0 },
      { start: 2.906, end: 5.042, text: 'An edited second one.', sentence: 1 },
    ]);
  });

  it('times captions from the script, silently, when there are none or sentences were added', () => {
    for (const vtt of [undefined, VOICED]) {
      const out = followScript(vtt, [
        'One.',
        'Two.',
        'A third sentence that is long enough to wrap onto a second line.',
      ]);
      expect(out.silent).toBe(true);
      const captions = parseVtt(out.vtt);
      expect(captions.map((c) => c.sentence)).toEqual([0, 1, 2]);
      expect(captions[0]!.start).toBeGreaterThan(0);
      for (const [i, c] of captions.entries()) {
        expect(c.end - c.start).toBeGreaterThan(1.499);
        if (i) expect(c.start).toBeGreaterThan(captions[i - 1]!.end);
        for (const line of c.text.split('\n')) expect(line.length).toBeLessThanOrEqual(42);
      }
    }
  });
});

describe('previewReader', () => {
  const exhibit = { chapters: ['a'] };
  const chapter = (texts: string[]) => ({
    id: 'a',
    narration: { en: { audio: ['narration/a.en.opus'], captions: 'narration/a.en.vtt' } },
    script: texts.map((en) => ({ text: { en }, sources: [] })),
  });

  it('reads the files sent before the server’s, and the server’s for the rest', async () => {
    const disk = server({ 'exhibit.json': exhibit, 'chapters/a.json': chapter(['Old.']) }, {});
    const sent = { 'exhibits/x/chapters/a.json': chapter(['New.']) };
    const reader = previewReader('x', sent, '/', disk);
    expect(JSON.parse((await reader.readExhibitFile('chapters/a.json'))!)).toEqual(
      chapter(['New.']),
    );
    expect(JSON.parse((await reader.readExhibitFile('exhibit.json'))!)).toEqual(exhibit);
    expect(reader.mediaUrl('narration/a.en.opus')).toBe('/media/x/narration/a.en.opus');
  });

  it('makes captions for a chapter not voiced yet, and tells it silently', async () => {
    const disk = server({ 'exhibit.json': exhibit }, {});
    const reader = previewReader(
      'x',
      { 'exhibits/x/chapters/a.json': chapter(['Hello.']) },
      '/',
      disk,
    );
    const vtt = (await reader.readMediaText('narration/a.en.vtt'))!;
    expect(parseVtt(vtt).map((c) => c.text)).toEqual(['Hello.']);
    const track = { audio: ['/media/x/narration/a.en.opus'] };
    const loaded = { chapters: [{ id: 'a', tracks: { en: track } }] } as never;
    expect(reader.silence(loaded).chapters[0]!.tracks.en!.audio).toEqual([]);
  });

  it('passes a voiced chapter’s captions through untouched', async () => {
    const disk = server(
      {
        'exhibit.json': exhibit,
        'chapters/a.json': chapter(['The first sentence.', 'The second sentence, in two parts.']),
      },
      { 'narration/a.en.vtt': VOICED },
    );
    const reader = previewReader('x', {}, '/', disk);
    expect(await reader.readMediaText('narration/a.en.vtt')).toBe(VOICED);
    const loaded = { chapters: [{ id: 'a', tracks: { en: { audio: ['u'] } } }] } as never;
    expect(reader.silence(loaded)).toEqual(loaded);
  });
});
