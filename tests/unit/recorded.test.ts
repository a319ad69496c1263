// Recorded narration (scripts/media/recorded.ts): which files are a chapter's takes and in what
// order, where a long sentence is cut, what is missing, and the messages a narrator reads. Pure
// functions over a temporary folder of placeholder files: no sox, no audio.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAPTION_LIMITS, wrapCaption } from '../../scripts/media/captions.ts';
import {
  findTakes,
  missingMessage,
  missingTakes,
  recordedCredit,
  recordedDir,
  recordedPieces,
  takeTooLong,
  takesHash,
} from '../../scripts/media/recorded.ts';

let media: string;
let dir: string;
beforeEach(() => {
  media = mkdtempSync(join(tmpdir(), 'recorded-test-'));
  dir = recordedDir(media, 'en');
  mkdirSync(dir, { recursive: true });
});
afterEach(() => rmSync(media, { recursive: true, force: true }));

/** Writes placeholder takes (their bytes are their names unless given). */
const write = (...names: string[]) => names.forEach((n) => writeFileSync(join(dir, n), n));
/** The takes found, as sentence number (from 1) → file names. */
const found = (chapter: string) => {
  const takes = findTakes(media, 'en', chapter);
  return takes && [...takes].map(([n, files]) => [n + 1, files.map((f) => f.replace(/^.*\//, ''))]);
};

describe('findTakes', () => {
  it('orders sentences by number, 10 after 9, not after 1', () => {
    write('ch-10.wav', 'ch-2.wav', 'ch-1.wav', 'ch-9.wav', 'ch-11.wav');
    expect(found('ch')!.map(([n]) => n)).toEqual([1, 2, 9, 10, 11]);
  });

  it('gathers a sentence’s pieces in piece order, .10 after .9', () => {
    write('ch-3.2.wav', 'ch-3.10.wav', 'ch-3.1.wav', 'ch-3.9.wav', 'ch-1.wav');
    expect(found('ch')).toEqual([
      [1, ['ch-1.wav']],
      [3, ['ch-3.1.wav', 'ch-3.2.wav', 'ch-3.9.wav', 'ch-3.10.wav']],
    ]);
  });

  it('keeps chapters apart, even when one id is the start of another', () => {
    write('vorkuta-1.wav', 'vorkuta-1953-1.wav', 'vorkuta-1953-2.wav', 'kengir-1954-1.wav');
    expect(found('vorkuta-1953')).toEqual([
      [1, ['vorkuta-1953-1.wav']],
      [2, ['vorkuta-1953-2.wav']],
    ]);
    expect(found('vorkuta')).toEqual([[1, ['vorkuta-1.wav']]]);
  });

  it('ignores what is not a take: other formats, notes, names without a number', () => {
    write('ch-1.wav', 'ch-2.flac', 'ch-2.WAV', 'notes.txt', 'ch.wav', 'ch-x.wav', 'ch-2.wav.bak');
    expect(found('ch')).toEqual([[1, ['ch-1.wav']]]);
  });

  it('is undefined when the chapter or the language has no takes', () => {
    write('other-1.wav');
    expect(findTakes(media, 'en', 'ch')).toBeUndefined();
    expect(findTakes(media, 'ru', 'ch')).toBeUndefined();
  });
});

describe('missingTakes', () => {
  it('lists the file each sentence without a take should be, numbered from 1', () => {
    write('ch-1.wav', 'ch-3.1.wav', 'ch-3.2.wav');
    expect(missingTakes(findTakes(media, 'en', 'ch')!, 5, dir, 'ch')).toEqual([
      join(dir, 'ch-2.wav'),
      join(dir, 'ch-4.wav'),
      join(dir, 'ch-5.wav'),
    ]);
  });

  it('lists nothing when every sentence is recorded', () => {
    write('ch-1.wav', 'ch-2.1.wav', 'ch-2.2.wav');
    expect(missingTakes(findTakes(media, 'en', 'ch')!, 2, dir, 'ch')).toEqual([]);
  });
});

describe('takesHash', () => {
  it('changes when a take’s sound changes, is added or renamed, and not otherwise', () => {
    write('ch-1.wav', 'ch-2.wav');
    const before = takesHash(findTakes(media, 'en', 'ch')!);
    expect(takesHash(findTakes(media, 'en', 'ch')!)).toBe(before);

    writeFileSync(join(dir, 'ch-2.wav'), 'a second take of sentence 2');
    const retaken = takesHash(findTakes(media, 'en', 'ch')!);
    expect(retaken).not.toBe(before);

    write('ch-3.wav');
    const added = takesHash(findTakes(media, 'en', 'ch')!);
    expect(added).not.toBe(retaken);

    // The same bytes as sentence 3's pieces are another recording.
    rmSync(join(dir, 'ch-3.wav'));
    writeFileSync(join(dir, 'ch-3.1.wav'), 'ch-3.wav');
    expect(takesHash(findTakes(media, 'en', 'ch')!)).not.toBe(added);
  });

  it('does not depend on the folder the takes are in', () => {
    write('ch-1.wav');
    const here = takesHash(findTakes(media, 'en', 'ch')!);
    const elsewhere = mkdtempSync(join(tmpdir(), 'recorded-test-'));
    try {
      mkdirSync(recordedDir(elsewhere, 'en'), { recursive: true });
      writeFileSync(join(recordedDir(elsewhere, 'en'), 'ch-1.wav'), 'ch-1.wav');
      expect(takesHash(findTakes(elsewhere, 'en', 'ch')!)).toBe(here);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

const LONG = 'A long sentence, read slowly and pausing at every comma, is recorded in two pieces.';

describe('recordedPieces', () => {
  it('cuts where the sentence already breathes, after a comma', () => {
    expect(recordedPieces(LONG, 2)).toEqual([
      'A long sentence, read slowly and pausing at every comma,',
      'is recorded in two pieces.',
    ]);
    expect(
      recordedPieces(
        'Длинное предложение, прочитанное медленно, с паузами, записано в двух частях.',
        2,
      ),
    ).toEqual(['Длинное предложение, прочитанное медленно,', 'с паузами, записано в двух частях.']);
  });

  it('without punctuation, cuts nearest the middle', () => {
    const pieces = recordedPieces('one two three four five six seven eight', 2)!;
    expect(pieces).toEqual(['one two three four', 'five six seven eight']);
  });

  it('gives three pieces when asked, each one caption, the words unchanged', () => {
    const text =
      'The first part of it, then a second part that runs on, and a third part to end the sentence.';
    const pieces = recordedPieces(text, 3)!;
    expect(pieces).toHaveLength(3);
    expect(pieces.join(' ')).toBe(text);
    for (const p of pieces) expect(wrapCaption(p).length).toBeLessThanOrEqual(CAPTION_LIMITS.lines);
  });

  it('is undefined when the sentence has too few words to cut so', () =>
    expect(recordedPieces('Two words.', 3)).toBeUndefined());
});

describe('what the narrator is told', () => {
  const take = 'media/x/recorded/en/ch-3.wav';

  it('a take too long names its file and the two takes to record, with their words', () => {
    expect(takeTooLong(take, LONG, 8.24, true)).toBe(
      `${take}: 8.2 s of speech, longer than a caption may stay (7 s). Record it in two takes, ` +
        `media/x/recorded/en/ch-3.1.wav ("A long sentence, read slowly and pausing at every comma,") ` +
        `and media/x/recorded/en/ch-3.2.wav ("is recorded in two pieces.").`,
    );
  });

  it('a take whose words need three caption lines is told the same two takes', () =>
    expect(takeTooLong(take, LONG, undefined, true)).toMatch(
      /^media\/x\/recorded\/en\/ch-3\.wav: ".*" is too long for one caption \(2 lines of 42 characters\)\. Record it in two takes, .*ch-3\.1\.wav .* and .*ch-3\.2\.wav/,
    ));

  it('a piece too long is told to be said faster or shortened', () =>
    expect(
      takeTooLong('media/x/recorded/en/ch-3.2.wav', 'is recorded in two pieces.', 7.5, false),
    ).toBe(
      'media/x/recorded/en/ch-3.2.wav: 7.5 s of speech, longer than a caption may stay (7 s). Say it a little faster, or shorten the sentence.',
    ));

  it('a chapter recorded in part lists every missing file and the two ways out', () => {
    const message = missingMessage('ch', 'en', ['a/ch-2.wav', 'a/ch-4.wav'], 4);
    expect(message.split('\n')).toEqual([
      'ch (en) is recorded, but 2 of 4 sentences have no take:',
      '  a/ch-2.wav',
      '  a/ch-4.wav',
      "Record them (docs/recording.md), or remove the chapter's takes to use the synthetic voice.",
    ]);
  });

  it('the credit is the narrator’s name from exhibit.json, marked recorded', () => {
    expect(recordedCredit('Jane Example')).toBe('Jane Example (recorded)');
    expect(recordedCredit(undefined)).toBe('a recorded narrator');
  });
});
