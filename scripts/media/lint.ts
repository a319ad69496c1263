// Content lint for narration: captions a visitor can read (2 lines of 42 characters, at most
// 17 characters a second, 1 to 7 s each), caption text equal to the script, every cue inside its
// audio, and media rebuilt whenever a script changed. Run by `npm run check` and the content tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from '../../src/content/errors.ts';
import type { Exhibit } from '../../src/content/types.ts';
import { CAPTION_LIMITS as L, readingLength } from './captions.ts';
import { scriptHash } from './hash.ts';
import { findTakes, takesHash } from './recorded.ts';
import { memorialSentences } from '../../src/content/pacing.ts';
import type { Manifest } from './narration.ts';
import { opusDuration } from './ogg.ts';
import { sentenceCount } from '../../src/content/vtt.ts';

const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** Problems with the narration of an exhibit under `root`. */
export function lintNarration(root: string, exhibit: Exhibit): ContentError[] {
  const errors: ContentError[] = [];
  const media = join(root, 'media', exhibit.id);
  const manifestFile = join(media, 'manifest.json');
  const manifest: Manifest | undefined = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
    : undefined;
  for (const chapter of exhibit.chapters) {
    for (const [lang, track] of Object.entries(chapter.tracks)) {
      const vtt = join(media, 'narration', `${chapter.id}.${lang}.vtt`);
      const err = (path: string, message: string) => errors.push({ file: vtt, path, message });
      const opus = track.audio.find((u) => u.endsWith('.opus'));
      const audioFile = opus && join(media, opus.replace(/^.*?\/media\/[^/]+\//, ''));
      const audioSeconds =
        audioFile && existsSync(audioFile) ? opusDuration(readFileSync(audioFile)) : undefined;
      track.captions.forEach((cue, i) => {
        const at = `cue ${i + 1}`;
        const lines = cue.text.split('\n');
        if (lines.length > L.lines)
          err(at, `expected at most ${L.lines} lines, got ${lines.length}: shorten the sentence`);
        for (const line of lines) {
          if (line.length > L.lineChars)
            err(
              at,
              `expected lines of at most ${L.lineChars} characters, got ${line.length}: "${line}"`,
            );
        }
        const seconds = cue.end - cue.start;
        const cps = readingLength(cue.text) / seconds;
        if (cps > L.maxCps)
          err(
            at,
            `expected at most ${L.maxCps} characters per second, got ${cps.toFixed(1)}: shorten the sentence or slow the voice`,
          );
        if (seconds < L.minSeconds || seconds > L.maxSeconds)
          err(
            at,
            `expected a cue of ${L.minSeconds} to ${L.maxSeconds} s, got ${seconds.toFixed(2)} s`,
          );
        if (audioSeconds !== undefined && cue.end > audioSeconds + 0.01)
          err(
            at,
            `ends at ${cue.end.toFixed(2)} s, after the audio (${audioSeconds.toFixed(2)} s): rebuild with npm run media`,
          );
      });
      // Each script sentence is shown by one cue, or by two for a long one (ids "N.1", "N.2").
      chapter.script.forEach((sentence, n) => {
        const shown = track.captions
          .filter((c) => c.sentence === n)
          .map((c) => flat(c.text))
          .join(' ');
        const script = sentence.text[lang];
        if (shown !== script)
          err(
            `sentence ${n + 1}`,
            `expected the script's text "${script ?? '(none)'}", got "${shown}": rebuild with npm run media`,
          );
      });
      const shownSentences = sentenceCount(track.captions);
      if (chapter.script.length && chapter.script.length !== shownSentences) {
        err(
          '',
          `expected ${chapter.script.length} sentences (as in the script), got ${shownSentences}: rebuild with npm run media`,
        );
      }
      if (chapter.script.length) {
        const record = manifest?.chapters[chapter.id]?.[lang];
        const takes = findTakes(media, lang, chapter.id);
        const context = { memorialAt: memorialSentences(chapter.cues) };
        if (record?.hash !== scriptHash(chapter.script, lang, context, takes && takesHash(takes))) {
          errors.push({
            file: manifestFile,
            path: `chapters.${chapter.id}.${lang}`,
            message:
              'the script changed since its audio was made: run npm run media and commit the result',
          });
        }
      }
    }
  }
  return errors;
}
