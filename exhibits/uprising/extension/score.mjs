// Uprising's music: four looping beds (attract, cold, tension, elegy) and a touch sound, composed
// note by note with scripts/media/compose.mjs. `npm run media:score -- uprising` renders them into
// media/uprising/ (scripts/media/score.mjs says how, and what it needs).
//
// Voiced for the MuseScore General SoundFont: strings and piano only, the string sections of the
// Versilian chamber orchestra (MSG presets) and the Splendid Grand piano. No brass, no choir, no
// percussion: the subject asks for restraint, and these beds sit under a narrator.

import { GM, MSG, Song, pitch, swell } from '../../../scripts/media/compose.mjs';

// ---------------------------------------------------------------------------------------------
// The four beds

/** Attract loop: calm and spacious. D minor, 64 bpm, 16 bars of 4/4 = 60 s. */
function attract() {
  const song = new Song({
    name: 'attract',
    bpm: 64,
    beatsPerBar: 4,
    bars: 16,
    tailBeats: 24,
    seed: 1953,
    reverb: { room: 0.7, damp: 0.4, width: 0.9, level: 0.9 },
  });
  const bass = song.part({
    name: 'basses',
    gain: 4.2,
    program: MSG.bassesSlow,
    volume: 84,
    pan: 60,
    reverb: 70,
  });
  const strings = song.part({
    name: 'low strings',
    program: GM.slowStrings,
    volume: 96,
    pan: 48,
    reverb: 88,
  });
  const piano = song.part({
    name: 'piano',
    gain: 10,
    program: MSG.mellowPiano,
    volume: 92,
    pan: 78,
    reverb: 100,
  });

  // Two-bar harmonies: Dm(add9) Bbmaj7 Gm7 Asus4–Am | Dm/F Gm/Bb C(add9) Asus4–A5, back to Dm.
  bass.progression(
    [
      [0, 'D2'],
      [8, 'Bb1'],
      [16, 'G1'],
      [24, 'A1'],
      [32, 'F2'],
      [40, 'Bb1'],
      [48, 'C2'],
      [56, 'A1'],
    ],
    64,
    62,
    0.5,
  );
  bass.curve(11, swell(86, 106, 8, 0));
  strings.progression(
    [
      [0, 'A2 D3 F3 E4'],
      [8, 'F2 D3 A3 F4'],
      [16, 'G2 D3 F3 Bb3'],
      [24, 'A2 E3 D4'],
      [28, 'A2 E3 C4'],
      [32, 'A2 D3 F3 D4'],
      [40, 'G2 D3 G3 Bb3'],
      [48, 'G2 C3 E3 D4'],
      [56, 'A2 E3 D4'],
      [60, 'A2 E3 A3'],
    ],
    64,
    66,
    0.5,
  );
  strings.curve(11, swell(82, 112, 8, 0));

  // Piano: a sparse line, one or two notes a bar, pedalled with each harmony.
  const line = [
    [0, 'A4', 2.5, 46],
    [2, 'D5', 1.5, 52],
    [3, 'E5', 3.5, 58],
    [6, 'C5', 1.5, 46],
    [7, 'A4', 1.5, 44],
    [8, 'D5', 2.5, 54],
    [10, 'A4', 1.5, 48],
    [11, 'F4', 4, 50],
    [14, 'C5', 2, 44],
    [16, 'Bb4', 2.5, 54],
    [18, 'D5', 1.5, 50],
    [19, 'F5', 4, 56],
    [22, 'E5', 1.5, 46],
    [23, 'D5', 1.5, 44],
    [24, 'D5', 3.5, 54],
    [27, 'E5', 1.5, 48],
    [28, 'C5', 4, 50],
    [32, 'A4', 2.5, 54],
    [34, 'F5', 1.5, 54],
    [35, 'E5', 1.5, 50],
    [36, 'D5', 3.5, 52],
    [39, 'A4', 1.5, 44],
    [40, 'Bb4', 2.5, 52],
    [42, 'D5', 1.5, 50],
    [43, 'F5', 3.5, 54],
    [46, 'D5', 2, 46],
    [48, 'E5', 2.5, 54],
    [50, 'G4', 1.5, 46],
    [51, 'D5', 3.5, 52],
    [54, 'C5', 2, 44],
    [56, 'A4', 2.5, 52],
    [58, 'D5', 1.5, 50],
    [59, 'E5', 3, 54],
    [62, 'F5', 1, 46],
    [63, 'E5', 1.5, 44],
  ];
  for (const [b, p, d, v] of line) {
    piano.note(p, b + (b === 0 ? 0 : song.jitter(0.02)), d, v + Math.round(song.jitter(3)));
  }
  piano.pedal([0, 8, 16, 24, 32, 40, 48, 56]);
  return song;
}

/** Cold: Arctic camps. A low D drone, bleak open harmonies, a distant low piano. 48 bpm, 12 bars. */
function cold() {
  const song = new Song({
    name: 'cold',
    bpm: 48,
    beatsPerBar: 4,
    bars: 12,
    tailBeats: 16,
    seed: 1954,
    reverb: { room: 0.82, damp: 0.55, width: 1, level: 0.9 },
  });
  const drone = song.part({
    name: 'drone',
    program: MSG.celliSlow,
    volume: 100,
    pan: 58,
    reverb: 80,
  });
  const bass = song.part({
    name: 'basses',
    gain: 1.8,
    program: MSG.bassesSlow,
    volume: 80,
    pan: 64,
    reverb: 70,
  });
  const upper = song.part({
    name: 'violas',
    gain: 3.4,
    program: MSG.violasSlow,
    volume: 80,
    pan: 40,
    reverb: 96,
  });
  const high = song.part({
    name: 'high violins',
    gain: 5,
    program: MSG.violinsSlow,
    volume: 58,
    pan: 92,
    reverb: 110,
  });
  const piano = song.part({
    name: 'piano',
    gain: 2,
    program: GM.piano,
    volume: 88,
    pan: 72,
    reverb: 100,
  });

  // The drone is held through the whole cycle and folds onto itself at the loop point.
  drone.chord('D2 A2', 0, 48.5, 64);
  drone.curve(11, swell(84, 108, 24, 0));
  bass.note('D2', 0, 48.5, 58);
  bass.curve(11, swell(80, 104, 16, 8));
  upper.progression(
    [
      [0, 'A3 D4'],
      [8, 'A3 E4'],
      [16, 'G3 Bb3 Eb4'],
      [24, 'F3 A3 D4'],
      [32, 'F3 Bb3 D4'],
      [40, 'G3 Bb3 Eb4'],
    ],
    48,
    52,
    0.75,
  );
  upper.curve(11, swell(70, 108, 8, 0));
  // A thin, very quiet high line, like wind on wire.
  high.note('E5', 6, 10, 46).note('D5', 18, 10, 44).note('F5', 30, 9, 42).note('Eb5', 41, 7.5, 40);
  high.curve(11, swell(60, 100, 12, 6));

  // Piano: a low octave like a distant bell twice a cycle, and a few high, isolated notes.
  piano.chord('D1 D2', 0, 12, 54).chord('D1 D2', 24, 12, 48);
  const notes = [
    [10, 'F5', 2, 42],
    [13, 'E5', 3, 40],
    [20, 'Eb5', 2, 40],
    [21.5, 'D5', 2.5, 38],
    [34, 'A4', 2, 42],
    [36, 'F5', 3, 40],
    [44, 'Eb5', 3, 38],
  ];
  for (const [b, p, d, v] of notes)
    piano.note(p, b + song.jitter(0.03), d, v + Math.round(song.jitter(2)));
  piano.pedal([0, 24]);
  return song;
}

/**
 * Tension and defiance: a restrained pulse in the celli and pizzicato basses under a viola line.
 * 80 bpm, 20 bars.
 */
function tension() {
  const song = new Song({
    name: 'tension',
    bpm: 80,
    beatsPerBar: 4,
    bars: 20,
    tailBeats: 20,
    seed: 1953_05,
    reverb: { room: 0.6, damp: 0.5, width: 0.8, level: 0.85 },
  });
  const cello = song.part({
    name: 'celli pulse',
    gain: 3.5,
    program: MSG.celliFast,
    volume: 96,
    pan: 52,
    reverb: 60,
  });
  const bass = song.part({
    name: 'basses pizzicato',
    gain: 6.5,
    program: MSG.bassesPizzicato,
    volume: 92,
    pan: 64,
    reverb: 56,
  });
  const held = song.part({
    name: 'held celli',
    gain: 0.5,
    program: MSG.celliSlow,
    volume: 72,
    pan: 74,
    reverb: 80,
  });
  const violas = song.part({
    name: 'violas',
    gain: 2.5,
    program: MSG.violasSlow,
    volume: 88,
    pan: 82,
    reverb: 90,
  });
  const strings = song.part({
    name: 'strings',
    gain: 0.5,
    program: GM.slowStrings,
    volume: 70,
    pan: 40,
    reverb: 90,
  });

  // Roots bar by bar: Dm ×4 | Bb Bb C C | Dm ×4 | Gm Gm Bb Bb | C C A A — the A leads back to D.
  const roots = 'D D D D Bb Bb C C D D D D G G Bb Bb C C A A'.split(' ');
  const octave = { D: 2, Bb: 1, C: 2, G: 1, A: 1 };
  roots.forEach((r, bar) => {
    const low = pitch(`${r}${octave[r]}`);
    const accents = [70, 50, 58, 50];
    for (let beat = 0; beat < 4; beat++) {
      const b = bar * 4 + beat;
      const v = accents[beat] + Math.round(song.jitter(3));
      if (beat === 3 && bar % 4 === 3) {
        // a quiet pair of quavers at the end of each four-bar phrase
        for (const [o, vv] of [
          [0, v],
          [0.5, v + 6],
        ]) {
          cello.note(low + 12, b + o, 0.4, vv);
          bass.note(low, b + o, 0.4, vv - 6);
        }
      } else {
        cello.note(low + 12, b, 0.7, v);
        bass.note(low, b, 0.7, v - 6);
      }
    }
  });
  // A slow dynamic arch over each four-bar phrase.
  cello.curve(11, swell(84, 108, 16, 0));
  bass.curve(11, swell(84, 104, 16, 0));

  held.progression(
    [
      [0, 'D3 A3'],
      [16, 'Bb2 F3'],
      [24, 'C3 G3'],
      [32, 'D3 A3'],
      [48, 'G2 D3'],
      [56, 'Bb2 F3'],
      [64, 'C3 G3'],
      [72, 'A2 E3'],
    ],
    80,
    50,
    0.25,
  );
  held.curve(11, swell(70, 104, 16, 0));
  strings.progression(
    [
      [0, 'F3 A3 D4'],
      [16, 'F3 Bb3 D4'],
      [24, 'G3 C4 E4'],
      [32, 'F3 A3 D4'],
      [48, 'G3 Bb3 D4'],
      [56, 'F3 Bb3 D4'],
      [64, 'G3 C4 E4'],
      [72, 'A3 D4 E4'],
      [76, 'A3 C#4 E4'],
    ],
    80,
    44,
    0.5,
  );
  strings.curve(11, swell(76, 104, 16, 0));

  // The viola line: a rising fourth that keeps coming back, never a fanfare.
  const line = [
    [0, 'A3', 1, 58],
    [1, 'D4', 3, 64],
    [4, 'E4', 2, 58],
    [6, 'F4', 6, 62],
    [12, 'E4', 2, 54],
    [14, 'D4', 2, 52],
    [16, 'D4', 3, 56],
    [19, 'C4', 1, 52],
    [20, 'Bb3', 4, 54],
    [24, 'C4', 2, 56],
    [26, 'E4', 2, 58],
    [28, 'G4', 4, 60],
    [32, 'A3', 1, 60],
    [33, 'D4', 3, 66],
    [36, 'E4', 2, 62],
    [38, 'F4', 2, 64],
    [40, 'G4', 2, 66],
    [42, 'A4', 6, 70],
    [48, 'Bb4', 4, 66],
    [52, 'A4', 2, 60],
    [54, 'G4', 2, 58],
    [56, 'F4', 4, 60],
    [60, 'D4', 4, 56],
    [64, 'E4', 4, 58],
    [68, 'G4', 4, 60],
    [72, 'E4', 8, 56],
  ];
  for (const [b, p, d, v] of line) violas.note(p, b, d - 0.08, v);
  violas.curve(11, swell(86, 110, 16, 0));

  return song;
}

/** Elegy: a lament bass under quiet strings and a violin line. G minor, 3/4, 48 bpm, 16 bars. */
function elegy() {
  const song = new Song({
    name: 'elegy',
    bpm: 48,
    beatsPerBar: 3,
    bars: 16,
    tailBeats: 15,
    seed: 1954_06,
    reverb: { room: 0.78, damp: 0.35, width: 1, level: 0.9 },
  });
  const cello = song.part({
    name: 'celli',
    gain: 1.5,
    program: MSG.celliSlow,
    volume: 86,
    pan: 56,
    reverb: 74,
  });
  const bass = song.part({
    name: 'basses',
    gain: 3,
    program: MSG.bassesSlow,
    volume: 76,
    pan: 64,
    reverb: 70,
  });
  const strings = song.part({
    name: 'strings',
    gain: -2.2,
    program: GM.slowStrings,
    volume: 84,
    pan: 44,
    reverb: 90,
  });
  const violins = song.part({
    name: 'violins',
    program: MSG.violinsSlow,
    volume: 92,
    pan: 70,
    reverb: 96,
  });

  // The lament: G F Eb D, C Bb A D, G F Eb C, D Eb D D — the last D leads back to G minor.
  const basses = 'G2 F2 Eb2 D2 C2 Bb1 A1 D2 G2 F2 Eb2 C2 D2 Eb2 D2 D2'.split(' ');
  cello.progression(
    basses.map((p, i) => [i * 3, p]),
    48,
    60,
    0.2,
  );
  bass.progression(
    basses.map((p, i) => [i * 3, pitch(p) - 12]),
    48,
    54,
    0.2,
  );
  cello.curve(11, swell(86, 108, 12, 0));
  bass.curve(11, swell(84, 104, 12, 0));

  const harmony = [
    [0, 'G3 Bb3 D4'],
    [3, 'F3 A3 C4'],
    [6, 'G3 Bb3 D4'],
    [9, 'G3 A3 D4'],
    [10.5, 'F#3 A3 D4'],
    [12, 'G3 C4 Eb4'],
    [15, 'G3 Bb3 D4'],
    [18, 'G3 C4 Eb4'],
    [21, 'G3 A3 D4'],
    [22.5, 'F#3 A3 D4'],
    [24, 'G3 Bb3 D4'],
    [30, 'G3 Bb3 Eb4'],
    [33, 'G3 C4 Eb4'],
    [36, 'G3 Bb3 D4'],
    [39, 'G3 C4 Eb4'],
    [42, 'G3 A3 D4'],
    [45, 'F#3 A3 D4'],
  ];
  strings.progression(harmony, 48, 54, 0.3);
  strings.curve(11, swell(80, 106, 12, 0));

  // The melody: long notes and falling seconds.
  const melody = [
    [0, 'D5', 2],
    [2, 'Bb4', 1],
    [3, 'C5', 2],
    [5, 'A4', 1],
    [6, 'Bb4', 2],
    [8, 'G4', 1],
    [9, 'A4', 3],
    [12, 'G4', 1],
    [13, 'C5', 1],
    [14, 'Eb5', 1],
    [15, 'D5', 2],
    [17, 'Bb4', 1],
    [18, 'C5', 2],
    [20, 'Eb5', 1],
    [21, 'D5', 2],
    [23, 'C5', 1],
    [24, 'Bb4', 2],
    [26, 'D5', 1],
    [27, 'F5', 2],
    [29, 'D5', 1],
    [30, 'Eb5', 2],
    [32, 'D5', 1],
    [33, 'C5', 2],
    [35, 'G4', 1],
    [36, 'Bb4', 2],
    [38, 'A4', 1],
    [39, 'G4', 1],
    [40, 'C5', 1.5],
    [41.5, 'Bb4', 0.5],
    [42, 'A4', 2],
    [44, 'G4', 1],
    [45, 'F#4', 2],
    [47, 'A4', 1],
  ];
  for (const [b, p, d] of melody) {
    const v = 58 + Math.round(10 * Math.sin((Math.PI * b) / 48) + song.jitter(3));
    violins.note(p, b, d + 0.12, v);
  }
  violins.curve(11, swell(84, 112, 24, 0));
  return song;
}

/** The beds, by the names exhibit.json plays them under. */
export const beds = { attract, cold, tension, elegy };

/** The touch sound: one soft, low-velocity piano D5, darkened and cut short like a felt piano. */
export function touchSong() {
  const song = new Song({
    name: 'touch',
    bpm: 60,
    beatsPerBar: 4,
    bars: 1,
    tailBeats: 1,
    seed: 7,
    reverb: null,
  });
  song
    .part({ name: 'felt piano', program: GM.piano, volume: 100, pan: 64, reverb: 0 })
    .note(TOUCH.note, 0, 0.3, TOUCH.velocity);
  return song;
}

/** The touch sound's note and shape: a felt-piano tap, darkened and faded. */
export const TOUCH = {
  note: 'D5',
  velocity: 40,
  lowpass: 1800,
  seconds: 0.26,
  fadeIn: 0.002,
  fadeOut: 0.15,
};
