#!/usr/bin/env node
// Composes the music of the 1953–54 Gulag uprisings exhibit (four looping beds and a touch sound)
// as MIDI with @tonejs/midi, renders it with FluidSynth and the FluidR3_GM soundfont, makes each bed
// a seamless loop, normalises it with a static gain and encodes Ogg Opus and an MP3 fallback.
//
// Usage: node scripts/media/score.mjs [--only attract,cold,tension,elegy,touch] [--work DIR]
//                                     [--keep-parts]
// Needs (apt): fluidsynth fluid-soundfont-gm ffmpeg opus-tools. Writes media/uprising/music/
// <bed>.{opus,mp3} and media/uprising/sfx/touch.{opus,mp3}; intermediates (MIDI files, the folded
// loop and the normalised WAV of each piece, and with --keep-parts each part's WAV) go to
// scratch/score/ (git-ignored). Prints each part's loudness in the mix, and each output's length,
// integrated loudness and true peak as ffmpeg measures them. Check the loops with loopcheck.mjs.
//
// Deterministic: every note is written out below; the only variation (a few milliseconds of timing
// and a few steps of velocity, so the piano is not mechanical) comes from a seeded PRNG. FluidSynth
// renders bit-identically, and the encoders run with ffmpeg's bitexact flags.
//
// How the loops are made seamless:
// 1. Each bed is one cycle of music, L seconds long (a whole number of samples), written so that
//    its end leads harmonically back to its start. Notes and the reverb may ring past L; the MIDI
//    carries a silent tail so that FluidSynth renders all of it.
// 2. Each part is rendered on its own and folded: every sample past L is added onto the head of the
//    cycle (out[i] = render[i] + render[i + L] + …). That is exactly what an endlessly repeated
//    cycle sounds like, because the synthesiser mixes voices and reverb linearly, so the last
//    sample of the loop flows into the first. Controller curves (expression swells, sustain pedal)
//    are periodic and written again over the tail, so a note ringing past L hears the controllers
//    it would hear at the start of the next cycle. The parts are mixed with gains set in dB.
// 3. A 20 Hz high-pass (for the DC offset some samples carry) is run round the loop, so it stays
//    periodic, and one static gain brings the loop to −23 LUFS.
// 4. The codecs are given the audio around the loop point: the encoder is fed the loop's end
//    before it and its start after it, and the file's header (Opus pre-skip and end trimming, the
//    MP3's LAME delay and padding) tells the decoder to drop both.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tonejsMidi from '@tonejs/midi';

const { Midi } = tonejsMidi;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SF2 = '/usr/share/sounds/sf2/FluidR3_GM.sf2';
const RATE = 48000;
const PPQ = 480;
const BED_LUFS = -23;
const TOUCH_LUFS = -30;
// Ogg Opus is what the kiosk plays; MP3 is only the fallback for a browser without Opus. Four
// 60 s beds at 96 kb/s Opus plus 128 kb/s MP3 would be 6.7 MB, over the 6 MB budget, so the
// fallback is encoded at 96 kb/s (5.8 MB in all). Raise it here if the budget grows.
const OPUS_BITRATE = '96k';
const MP3_BITRATE = '96k';
const MUSIC_DIR = path.join(ROOT, 'media/uprising/music');
const SFX_DIR = path.join(ROOT, 'media/uprising/sfx');

// ---------------------------------------------------------------------------------------------
// Small tools

/** Runs a command; throws with its stderr when it fails. */
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r;
}

/** mulberry32: a tiny seeded PRNG, so the humanisation is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEPS = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
/** 'D3' → 50 (C4 = 60); sharps '#', flats 'b'. */
function pitch(name) {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note name ${name}`);
  return 12 * (Number(m[3]) + 1) + STEPS[m[1]] + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0);
}
const pitches = (names) => names.split(' ').map(pitch);

// GM programs (0-based) used here.
const GM = {
  piano: 0,
  timpani: 47,
  cello: 42,
  contrabass: 43,
  strings: 48, // String Ensemble 1
  slowStrings: 49, // String Ensemble 2 (slower attack)
  choir: 52, // Choir Aahs
  trombone: 57,
  horn: 60, // French Horn
};

// ---------------------------------------------------------------------------------------------
// Composition model: a song is one cycle of `bars` bars, plus a tail that only lets things ring.

class Part {
  /** `gain` (dB) is applied when the parts' renders are mixed; `volume`, `pan`, `reverb` are CCs. */
  constructor(song, { name, program, channel, gain = 0, volume = 100, pan = 64, reverb = 64 }) {
    Object.assign(this, { song, name, program, channel, gain, volume, pan, reverb });
    this.notes = [];
    this.controls = [];
  }

  /** A note: MIDI pitch or name, start and length in beats, velocity 1–127. */
  note(p, beat, beats, velocity) {
    const midi = typeof p === 'string' ? pitch(p) : p;
    this.notes.push({ midi, beat, beats, velocity: Math.max(1, Math.min(127, velocity)) });
    return this;
  }

  /** Several notes together. */
  chord(ps, beat, beats, velocity) {
    for (const p of typeof ps === 'string' ? pitches(ps) : ps) this.note(p, beat, beats, velocity);
    return this;
  }

  /**
   * Chords in sequence, each held until the next starts (plus `overlap` beats for pitches that
   * change); a pitch common to neighbouring chords is held as one note, as a string section would.
   * The last chord is held until `end` (+ overlap): past the cycle it rings into the folded tail.
   */
  progression(steps, end, velocity, overlap = 0.25) {
    const list = steps.map(([beat, ps, vel]) => ({
      beat,
      ps: typeof ps === 'string' ? pitches(ps) : typeof ps === 'number' ? [ps] : ps,
      vel: vel ?? velocity,
    }));
    list.forEach((step, i) => {
      for (const p of step.ps) {
        if (i > 0 && list[i - 1].ps.includes(p)) continue; // already held from the previous chord
        let j = i + 1;
        while (j < list.length && list[j].ps.includes(p)) j++;
        const stop = j < list.length ? list[j].beat + overlap : end + overlap;
        this.note(p, step.beat, stop - step.beat, step.vel);
      }
    });
    return this;
  }

  /** A controller at a beat of the cycle; repeated over the tail so ringing notes hear it too. */
  cc(number, beat, value) {
    this.controls.push({ number, beat, value: Math.round(Math.max(0, Math.min(127, value))) });
    return this;
  }

  /** A periodic controller curve, fn(beat in cycle) → 0–127, sampled every `step` beats. */
  curve(number, fn, step = 0.125) {
    let last = -1;
    for (let b = 0; b < this.song.cycleBeats; b += step) {
      const v = Math.round(fn(b));
      if (v !== last) this.cc(number, b, v);
      last = v;
    }
    return this;
  }

  /** Sustain pedal: down just after each beat in `changes`, up just before the next. */
  pedal(changes) {
    changes.forEach((b, i) => {
      const next = i + 1 < changes.length ? changes[i + 1] : this.song.cycleBeats;
      this.cc(64, b + 0.04, 127);
      this.cc(64, next - 0.06, 0);
    });
    return this;
  }
}

class Song {
  constructor({ name, bpm, beatsPerBar, bars, tailBeats, reverb, seed }) {
    Object.assign(this, { name, bpm, beatsPerBar, bars, tailBeats, reverb });
    this.cycleBeats = beatsPerBar * bars;
    this.microsPerBeat = Math.floor(60000000 / bpm); // what the MIDI file stores
    const cycle = (this.cycleBeats * this.microsPerBeat * RATE) / 1e6;
    if (!Number.isInteger(cycle)) throw new Error(`${name}: the cycle is not a whole number of samples`);
    this.cycleSamples = cycle;
    this.parts = [];
    this.random = prng(seed);
  }

  part(options) {
    const channel = this.parts.length < 9 ? this.parts.length : this.parts.length + 1; // skip drums
    const part = new Part(this, { channel, ...options });
    this.parts.push(part);
    return part;
  }

  /** Small seeded variation: ±`range`. */
  jitter(range) {
    return (this.random() * 2 - 1) * range;
  }

  /** The MIDI file of the whole song, or of some of its parts. */
  toMidi(parts = this.parts) {
    const midi = new Midi();
    midi.header.name = this.name;
    midi.header.setTempo(this.bpm);
    midi.header.timeSignatures.push({ ticks: 0, timeSignature: [this.beatsPerBar, 4] });
    const ticks = (beat) => Math.max(0, Math.round(beat * PPQ));
    const endTick = ticks(this.cycleBeats + this.tailBeats);
    for (const part of parts) {
      const track = midi.addTrack();
      track.name = part.name;
      track.channel = part.channel;
      track.instrument.number = part.program;
      const notes = [...part.notes].sort((a, b) => a.beat - b.beat || a.midi - b.midi);
      // Same pitch on one channel must not overlap (a note-off would cut the next note short):
      // a repeated pitch is re-struck, so the earlier note ends just before it.
      const nextOn = new Map();
      const events = notes.map((n) => ({ midi: n.midi, on: ticks(n.beat), off: ticks(n.beat + n.beats), n }));
      for (let i = events.length - 1; i >= 0; i--) {
        const e = events[i];
        const next = nextOn.get(e.midi);
        if (next !== undefined && next < e.off + 8) e.off = Math.max(e.on + 8, next - 8);
        nextOn.set(e.midi, e.on);
      }
      for (const { midi: m, on, off, n } of events) {
        if (off >= endTick) throw new Error(`${this.name}/${part.name}: a note outlasts the tail`);
        track.addNote({ midi: m, ticks: on, durationTicks: off - on, velocity: (n.velocity + 0.5) / 127 });
      }
      const cc = (number, tick, value) => track.addCC({ number, ticks: tick, value: (value + 0.5) / 127 });
      cc(7, 0, part.volume);
      cc(10, 0, part.pan);
      cc(91, 0, part.reverb);
      cc(93, 0, 0);
      const controls = [];
      for (const c of part.controls) {
        for (let k = 0; ; k++) {
          const t = ticks(c.beat + k * this.cycleBeats);
          if (t >= endTick) break;
          controls.push({ ...c, t });
        }
      }
      controls.sort((a, b) => a.t - b.t);
      for (const c of controls) cc(c.number, c.t, c.value);
      // The end marker: FluidSynth renders until the last event, so the tail is rendered in full.
      cc(7, endTick, part.volume);
    }
    return Buffer.from(midi.toArray());
  }
}

// A smooth swell between lo and hi with the given period in beats (a raised cosine).
const swell = (lo, hi, period, phase = 0) => (b) =>
  lo + (hi - lo) * (0.5 - 0.5 * Math.cos((2 * Math.PI * (b + phase)) / period));

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
  const bass = song.part({ name: 'contrabass', gain: 4.2, program: GM.contrabass, volume: 84, pan: 60, reverb: 70 });
  const strings = song.part({ name: 'low strings', program: GM.slowStrings, volume: 96, pan: 48, reverb: 88 });
  const piano = song.part({ name: 'piano', gain: 10, program: GM.piano, volume: 92, pan: 78, reverb: 100 });

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
  const drone = song.part({ name: 'drone', program: GM.slowStrings, volume: 100, pan: 58, reverb: 80 });
  const bass = song.part({ name: 'contrabass', gain: 1.8, program: GM.contrabass, volume: 80, pan: 64, reverb: 70 });
  const upper = song.part({ name: 'upper strings', gain: 3.4, program: GM.slowStrings, volume: 80, pan: 40, reverb: 96 });
  const high = song.part({ name: 'high violins', gain: 8, program: GM.strings, volume: 58, pan: 92, reverb: 110 });
  const piano = song.part({ name: 'piano', gain: 2, program: GM.piano, volume: 88, pan: 72, reverb: 100 });

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
  for (const [b, p, d, v] of notes) piano.note(p, b + song.jitter(0.03), d, v + Math.round(song.jitter(2)));
  piano.pedal([0, 24]);
  return song;
}

/** Tension and defiance: a restrained pulse in the low strings under horns. 80 bpm, 20 bars. */
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
  const cello = song.part({ name: 'cello pulse', gain: 3.5, program: GM.cello, volume: 96, pan: 52, reverb: 60 });
  const bass = song.part({ name: 'bass pulse', gain: 3.5, program: GM.contrabass, volume: 92, pan: 64, reverb: 56 });
  const trombone = song.part({ name: 'trombones', gain: 0.5, program: GM.trombone, volume: 72, pan: 74, reverb: 80 });
  const horn = song.part({ name: 'horns', program: GM.horn, volume: 88, pan: 82, reverb: 90 });
  const strings = song.part({ name: 'strings', gain: 0.5, program: GM.slowStrings, volume: 70, pan: 40, reverb: 90 });
  const timpani = song.part({ name: 'timpani', gain: 5, program: GM.timpani, volume: 70, pan: 58, reverb: 90 });

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

  trombone.progression(
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
  trombone.curve(11, swell(70, 104, 16, 0));
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

  // The horn line: a rising fourth that keeps coming back, never quite a fanfare.
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
  for (const [b, p, d, v] of line) horn.note(p, b, d - 0.08, v);
  horn.curve(11, swell(86, 110, 16, 0));

  // Soft timpani at the head of each phrase.
  for (const [b, p, v] of [
    [0, 'D2', 46],
    [16, 'F2', 40],
    [32, 'D2', 46],
    [48, 'G2', 40],
    [64, 'C2', 40],
    [72, 'A1', 42],
  ]) {
    timpani.note(p, b, 2, v);
  }
  return song;
}

/** Elegy: a lament bass under strings and a soft choir. G minor, 3/4, 48 bpm, 16 bars. */
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
  const cello = song.part({ name: 'cellos', gain: -1.2, program: GM.cello, volume: 86, pan: 56, reverb: 74 });
  const bass = song.part({ name: 'contrabass', program: GM.contrabass, volume: 76, pan: 64, reverb: 70 });
  const strings = song.part({ name: 'strings', gain: -2.2, program: GM.slowStrings, volume: 84, pan: 44, reverb: 90 });
  const choir = song.part({ name: 'choir', gain: 4.1, program: GM.choir, volume: 68, pan: 80, reverb: 100 });
  const violins = song.part({ name: 'violins', program: GM.strings, volume: 92, pan: 70, reverb: 96 });

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
  choir.progression(harmony, 48, 46, 0.3);
  choir.curve(11, swell(66, 100, 24, 0));

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

const BEDS = { attract, cold, tension, elegy };

/** The touch sound: one soft, low-velocity piano D5, darkened and cut short like a felt piano. */
function touchSong() {
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

// ---------------------------------------------------------------------------------------------
// Audio: render, fold, measure, normalise, encode

function fluidsynthVersion() {
  const r = run('fluidsynth', ['--version']);
  return /version ([\d.]+)/.exec(r.stdout)?.[1] ?? 'unknown';
}

/** Renders a MIDI file to raw little-endian float32 stereo (no header, so no time stamp). */
function render(midiFile, rawFile, reverb) {
  const args = ['-ni', '-q', '-g', '0.5', '-r', String(RATE), '-O', 'float', '-T', 'raw', '-E', 'little'];
  args.push('-o', 'synth.polyphony=1024', '-o', 'synth.chorus.active=0');
  if (reverb) {
    args.push('-o', 'synth.reverb.active=1');
    args.push('-o', `synth.reverb.room-size=${reverb.room}`, '-o', `synth.reverb.damp=${reverb.damp}`);
    args.push('-o', `synth.reverb.width=${reverb.width}`, '-o', `synth.reverb.level=${reverb.level}`);
  } else {
    args.push('-o', 'synth.reverb.active=0');
  }
  args.push('-F', rawFile, SF2, midiFile);
  const r = run('fluidsynth', args);
  const log = `${r.stdout}\n${r.stderr}`;
  if (/voice|polyphony|overflow/i.test(log)) throw new Error(`fluidsynth dropped voices:\n${log}`);
  const buf = readFileSync(rawFile);
  rmSync(rawFile); // 30 MB a part; the folded WAVs are what is kept
  return new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
}

/** Writes interleaved stereo float32 as a WAV (IEEE float). */
function writeWav(file, samples) {
  const f32 = samples instanceof Float32Array ? samples : Float32Array.from(samples);
  const data = Buffer.from(f32.buffer, f32.byteOffset, f32.byteLength);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(3, 20); // IEEE float
  h.writeUInt16LE(2, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 8, 28);
  h.writeUInt16LE(8, 32);
  h.writeUInt16LE(32, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([h, data]));
}

/** Folds everything past one cycle onto the head: the render becomes one period of an endless loop. */
function fold(raw, cycleFrames) {
  const out = new Float64Array(cycleFrames * 2);
  for (let i = 0; i < raw.length; i++) out[i % out.length] += raw[i];
  return out;
}

function peakOf(samples, from = 0, to = samples.length) {
  let p = 0;
  for (let i = from; i < to; i++) p = Math.max(p, Math.abs(samples[i]));
  return p;
}

const dB = (x) => (x > 0 ? 20 * Math.log10(x) : -Infinity);

/** Integrated loudness (LUFS, EBU R128) and true peak (dBTP) as ffmpeg's loudnorm measures them. */
function measure(file) {
  const r = run('ffmpeg', ['-nostdin', '-hide_banner', '-i', file, '-af', 'loudnorm=print_format=json', '-f', 'null', '-']);
  const json = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{')));
  return { lufs: Number(json.input_i), truePeak: Number(json.input_tp) };
}

/** Integrated loudness with ffmpeg's faster ebur128 filter (0.1 LU steps): for the parts' balance. */
function measureQuick(file) {
  const r = run('ffmpeg', ['-nostdin', '-hide_banner', '-i', file, '-af', 'ebur128', '-f', 'null', '-']);
  return Number(/I:\s+(-?[\d.]+) LUFS/.exec(r.stderr.slice(r.stderr.lastIndexOf('Summary:')))?.[1]);
}

/**
 * Loudness of a sound shorter than the 400 ms EBU R128 block: the sound is padded with silence to
 * exactly 400 ms and measured as one block (its momentary loudness), with ffmpeg's ebur128.
 */
function measureShort(file) {
  const filter = `apad=whole_len=${0.4 * RATE},atrim=end_sample=${0.4 * RATE},ebur128=peak=true`;
  const r = run('ffmpeg', ['-nostdin', '-hide_banner', '-i', file, '-af', filter, '-f', 'null', '-']);
  const summary = r.stderr.slice(r.stderr.lastIndexOf('Summary:'));
  const lufs = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { lufs, truePeak };
}

/** Decodes any audio file with ffmpeg to interleaved stereo float32 at 48 kHz. */
function decode(file) {
  const r = spawnSync(
    'ffmpeg',
    ['-nostdin', '-loglevel', 'error', '-i', file, '-f', 'f32le', '-ac', '2', '-ar', String(RATE), '-'],
    { maxBuffer: 1 << 30 },
  );
  if (r.status !== 0) throw new Error(`ffmpeg could not decode ${file}: ${r.stderr}`);
  return new Float32Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength / 4);
}

const BITEXACT = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'];

// Ogg pages carry a CRC-32 (polynomial 0x04c11db7, unreflected, initial value 0).
const OGG_CRC = Uint32Array.from({ length: 256 }, (_, i) => {
  let r = i << 24;
  for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
  return r >>> 0;
});

/** The pages of an Ogg file: where each starts, how long it is, its flags and granule position. */
function oggPages(buf) {
  const pages = [];
  for (let at = 0; at < buf.length; ) {
    if (buf.toString('latin1', at, at + 4) !== 'OggS') throw new Error(`not an Ogg page at byte ${at}`);
    const segments = buf[at + 26];
    let body = 0;
    for (let i = 0; i < segments; i++) body += buf[at + 27 + i];
    const length = 27 + segments + body;
    pages.push({ at, length, flags: buf[at + 5], granule: buf.readBigInt64LE(at + 6), body: at + 27 + segments });
    at += length;
  }
  return pages;
}

function oggFixCrc(buf, page) {
  buf.writeUInt32LE(0, page.at + 22);
  let crc = 0;
  for (let i = page.at; i < page.at + page.length; i++) crc = ((crc << 8) ^ OGG_CRC[((crc >>> 24) ^ buf[i]) & 0xff]) >>> 0;
  buf.writeUInt32LE(crc, page.at + 22);
}

/**
 * Makes an Ogg Opus file play `head` fewer samples at its start and `tail` fewer at its end: the
 * OpusHead pre-skip grows by `head` and the last page's granule position shrinks by `tail`
 * (RFC 7845, sections 4.2 and 4.4). Used to give the encoder real audio on both sides of the loop
 * point, which every conforming decoder then discards.
 */
function oggOpusTrim(file, head, tail) {
  const buf = readFileSync(file);
  const pages = oggPages(buf);
  const first = pages[0];
  if (buf.toString('latin1', first.body, first.body + 8) !== 'OpusHead') throw new Error(`${file}: no OpusHead`);
  const preSkip = buf.readUInt16LE(first.body + 10) + head;
  if (preSkip > 0xffff) throw new Error(`${file}: pre-skip ${preSkip} is too large`);
  buf.writeUInt16LE(preSkip, first.body + 10);
  oggFixCrc(buf, first);
  const last = pages[pages.length - 1];
  const end = last.granule - BigInt(tail);
  // End trimming may only remove audio of the last page (RFC 7845, 4.4).
  if (!(last.flags & 4) || end < pages[pages.length - 2].granule) throw new Error(`${file}: cannot trim the end`);
  buf.writeBigInt64LE(end, last.at + 6);
  oggFixCrc(buf, last);
  writeFileSync(file, buf);
}

/**
 * The same for an MP3 with a LAME tag (as ffmpeg writes it): the tag's encoder delay grows by
 * `head` and its padding by `tail` (12 bits each), and the tag's CRC-16 is written again.
 */
function mp3LameTrim(file, head, tail) {
  const buf = readFileSync(file);
  let frame = 0;
  if (buf.toString('latin1', 0, 3) === 'ID3') {
    frame = 10 + ((buf[6] << 21) | (buf[7] << 14) | (buf[8] << 7) | buf[9]);
  }
  if (buf[frame] !== 0xff || (buf[frame + 1] & 0xe0) !== 0xe0) throw new Error(`${file}: no MP3 frame`);
  const info = ['Info', 'Xing'].map((t) => buf.indexOf(t, frame, 'latin1')).find((i) => i > 0 && i < frame + 64);
  if (info === undefined) throw new Error(`${file}: no Info/Xing header`);
  const flags = buf.readUInt32BE(info + 4);
  const lame = info + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  const packed = buf.readUIntBE(lame + 21, 3);
  const delay = (packed >> 12) + head;
  const padding = (packed & 0xfff) + tail;
  if (delay > 0xfff || padding > 0xfff) throw new Error(`${file}: delay ${delay} or padding ${padding} too large`);
  buf.writeUIntBE((delay << 12) | padding, lame + 21, 3);
  // CRC-16 (polynomial 0x8005, reflected, as LAME computes it) of the frame's first 190 bytes.
  let crc = 0;
  for (let i = frame; i < frame + 190; i++) {
    crc ^= buf[i];
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  if (lame + 36 !== frame + 192) throw new Error(`${file}: unexpected LAME tag layout`);
  buf.writeUInt16BE(crc, frame + 190);
  writeFileSync(file, buf);
}

/** The loop with `pre` samples of its own end before it and `post` of its own start after it. */
function wrapLoop(samples, pre, post) {
  const frames = samples.length / 2;
  const wrapped = new Float32Array((pre + frames + post) * 2);
  wrapped.set(samples.subarray((frames - pre) * 2), 0);
  wrapped.set(samples, pre * 2);
  wrapped.set(samples.subarray(0, post * 2), (pre + frames) * 2);
  return wrapped;
}

/**
 * Encodes Ogg Opus and MP3 from interleaved float samples.
 *
 * A loop is encoded with its own end before it and its own start after it, and the file's header
 * is then set to discard both (Opus: pre-skip and end trimming; MP3: the LAME tag's delay and
 * padding), so the codec, which otherwise sees silence beyond the file's ends, codes the loop
 * point with the audio that really surrounds it. Without this, a small codec error shows there.
 *
 * LAME at these rates comes out about 0.4 dB quieter than its input (even for a plain sine), so
 * the MP3 is measured and, if it is off, encoded again with a static correction; `measureFn` is
 * the loudness measure used for this sound.
 */
const OPUS_DELAY = 312; // libopus's look-ahead, the pre-skip it writes at 48 kHz
const OPUS_FRAME = 960; // 20 ms

/**
 * Where to put the loop point relative to the codec's frames. A lossy codec's error on the two
 * sides of the loop point is independent, so even with real audio around it the decoded loop point
 * steps by the difference of two small errors. Which frame alignment gives the smallest step is
 * found by trying a few and measuring each against the source (deterministic, like the rest).
 *
 * Opus: 80 ms or a little more before (the pre-roll RFC 7845 gives for decoder convergence), 10–
 * 17.5 ms after (more than the encoder's 6.5 ms look-ahead plus its 2.5 ms overlap), the pre-roll
 * rounded so that the trimmed end falls within the last 20 ms packet, as RFC 7845 asks.
 * MP3: 48–66 ms before (two frames or more: bit reservoir and overlap), one 1152-sample frame after.
 */
function opusRolls(frames) {
  return [480, 600, 720, 840].map((post) => {
    const pre = 3840 + ((OPUS_FRAME - ((OPUS_DELAY + 3840 + frames + post) % OPUS_FRAME)) % OPUS_FRAME);
    return [pre, post];
  });
}
const MP3_ROLLS = [2304, 2592, 2880, 3168].map((pre) => [pre, 1152]);

/** How far the decoded loop point's step differs from the source's (largest of the channels). */
function seamError(file, source, scale = 1) {
  const d = decode(file);
  if (d.length !== source.length) throw new Error(`${file} decodes to ${d.length / 2} frames, not ${source.length / 2}`);
  const n = d.length;
  const step = (x, ch) => x[ch] - x[n - 2 + ch];
  return Math.max(...[0, 1].map((ch) => Math.abs(step(d, ch) - scale * step(source, ch))));
}

function encodeOpus(wav, opus) {
  run('ffmpeg', [
    ...['-nostdin', '-loglevel', 'error', '-y', '-i', wav],
    ...['-c:a', 'libopus', '-b:a', OPUS_BITRATE, '-vbr', 'on', '-compression_level', '10'],
    ...['-application', 'audio', ...BITEXACT, opus],
  ]);
}

function encodeMp3(wav, mp3, correction = 0) {
  run('ffmpeg', [
    ...['-nostdin', '-loglevel', 'error', '-y', '-i', wav],
    ...(correction ? ['-af', `volume=${correction.toFixed(2)}dB`] : []),
    ...['-c:a', 'libmp3lame', '-b:a', MP3_BITRATE, '-ar', String(RATE), ...BITEXACT, mp3],
  ]);
}

/**
 * Encodes Ogg Opus and MP3 from interleaved float samples.
 *
 * A loop is encoded with its own end before it and its own start after it, and the file's header
 * is then set to discard both (Opus: pre-skip and end trimming; MP3: the LAME tag's delay and
 * padding), so the codec, which otherwise sees silence beyond the file's ends, codes the loop
 * point with the audio that really surrounds it.
 *
 * LAME at these rates comes out about 0.4 dB quieter than its input (even for a plain sine), so
 * the MP3 is measured and, if it is off, encoded again with a static correction; `measureFn` is
 * the loudness measure used for this sound.
 */
function encode(samples, base, { target, measureFn, loop }) {
  const opus = `${base}.opus`;
  const mp3 = `${base}.mp3`;
  const wav = `${base}.tmp.wav`;
  const trial = `${base}.tmp`;
  // The MP3's loudness correction, from a plain encode (loudness does not depend on the roll).
  writeWav(wav, samples);
  encodeMp3(wav, mp3);
  let correction = target - measureFn(mp3).lufs;
  if (Math.abs(correction) < 0.05) correction = 0;
  const seams = {};
  if (loop) {
    // Try each alignment, keep the one whose loop point is closest to the source's.
    const pick = (rolls, make, ext, scale = 1) => {
      let best = null;
      for (const roll of rolls) {
        writeWav(wav, wrapLoop(samples, ...roll));
        make(wav, `${trial}.${ext}`, roll);
        const error = seamError(`${trial}.${ext}`, samples, scale);
        if (!best || error < best.error) best = { roll, error };
      }
      rmSync(`${trial}.${ext}`);
      writeWav(wav, wrapLoop(samples, ...best.roll));
      seams[ext] = best;
      return best.roll;
    };
    const opusRoll = pick(opusRolls(samples.length / 2), (w, f, r) => (encodeOpus(w, f), oggOpusTrim(f, ...r)), 'opus');
    encodeOpus(wav, opus);
    oggOpusTrim(opus, ...opusRoll);
    const mp3Roll = pick(
      MP3_ROLLS,
      (w, f, r) => (encodeMp3(w, f, correction), mp3LameTrim(f, ...r)),
      'mp3',
      10 ** (correction / 20),
    );
    encodeMp3(wav, mp3, correction);
    mp3LameTrim(mp3, ...mp3Roll);
  } else {
    encodeOpus(wav, opus);
    if (correction) encodeMp3(wav, mp3, correction);
  }
  const info = run('opusinfo', [opus]).stdout;
  if (/warning|error/i.test(info)) throw new Error(`opusinfo finds fault with ${opus}:\n${info}`);
  rmSync(wav);
  return { files: [opus, mp3], seams };
}

/**
 * A 20 Hz high-pass (2nd-order Butterworth) that removes the DC offset and rumble some soundfont
 * samples carry, run circularly: the filter goes round the loop once to settle and the second lap
 * is kept, so the output is itself a seamless loop.
 */
function highpassLoop(loop, fc = 20) {
  const w = (2 * Math.PI * fc) / RATE;
  const alpha = Math.sin(w) / (2 * Math.SQRT1_2);
  const a0 = 1 + alpha;
  const b0 = (1 + Math.cos(w)) / 2 / a0;
  const b1 = -(1 + Math.cos(w)) / a0;
  const a1 = (-2 * Math.cos(w)) / a0;
  const a2 = (1 - alpha) / a0;
  const out = new Float64Array(loop.length);
  for (let ch = 0; ch < 2; ch++) {
    let x1 = 0;
    let x2 = 0;
    let y1 = 0;
    let y2 = 0;
    for (let lap = 0; lap < 2; lap++) {
      for (let i = ch; i < loop.length; i += 2) {
        const x = loop[i];
        const y = b0 * x + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        if (lap === 1) out[i] = y;
      }
    }
  }
  return out;
}

function report(file, expectFrames, short) {
  const pcm = decode(file);
  const frames = pcm.length / 2;
  const m = short ? measureShort(file) : measure(file);
  const size = statSync(file).size;
  const note = expectFrames === frames ? 'sample-exact' : `${frames - expectFrames} frames off`;
  console.log(
    `  ${path.relative(ROOT, file).padEnd(36)} ${(frames / RATE).toFixed(3).padStart(7)} s` +
      ` (${note})  ${m.lufs.toFixed(1)} LUFS  ${m.truePeak.toFixed(1)} dBTP  ${(size / 1024).toFixed(0)} KiB`,
  );
  return { file, seconds: frames / RATE, ...m, size };
}

// ---------------------------------------------------------------------------------------------
// Main

/**
 * Renders each part on its own (FluidSynth mixes and reverberates linearly, so the sum of the parts
 * is the full render), folds each into one cycle, and mixes them with their gains: the parts'
 * balance is set here, in dB, and printed as each part's loudness in the final mix.
 */
function makeBed(song, workDir, keepParts) {
  const base = path.join(workDir, song.name);
  writeFileSync(`${base}.mid`, song.toMidi());
  const mix = new Float64Array(song.cycleSamples * 2);
  const stems = song.parts.map((part, i) => {
    const file = `${base}-part${i + 1}`;
    writeFileSync(`${file}.mid`, song.toMidi([part]));
    const raw = render(`${file}.mid`, `${file}.raw`, song.reverb);
    // The tail must have died away before the render ends, or the fold would cut it.
    const last = dB(peakOf(raw, raw.length - RATE * 2));
    if (raw.length / 2 < song.cycleSamples || last > -100) {
      throw new Error(`${song.name}/${part.name}: the render's tail has not died away (${last.toFixed(1)} dBFS)`);
    }
    const loop = fold(raw, song.cycleSamples);
    const g = 10 ** (part.gain / 20);
    for (let j = 0; j < mix.length; j++) mix[j] += g * loop[j];
    return { part, file, loop: loop.map((x) => x * g) };
  });
  const loop = highpassLoop(mix);
  writeWav(`${base}-loop.wav`, loop);
  const before = measure(`${base}-loop.wav`);
  const gain = 10 ** ((BED_LUFS - before.lufs) / 20);
  const final = Float32Array.from(loop, (x) => x * gain);
  writeWav(`${base}-final.wav`, final);
  const after = measure(`${base}-final.wav`);
  console.log(
    `${song.name}: ${song.bpm} bpm, ${song.bars} bars of ${song.beatsPerBar}/4, loop ${(song.cycleSamples / RATE).toFixed(3)} s;` +
      ` gain ${dB(gain).toFixed(2)} dB → ${after.lufs.toFixed(2)} LUFS, ${after.truePeak.toFixed(2)} dBTP (WAV)`,
  );
  const balance = stems.map(({ part, file, loop: stem }) => {
    writeWav(`${file}.wav`, highpassLoop(stem).map((x) => x * gain));
    const lufs = measureQuick(`${file}.wav`);
    if (!keepParts) rmSync(`${file}.wav`);
    return `${part.name} ${lufs.toFixed(1)}`;
  });
  console.log(`  parts (LUFS in the mix): ${balance.join(', ')}`);
  const { files, seams } = encode(final, path.join(MUSIC_DIR, song.name), {
    target: BED_LUFS,
    measureFn: measure,
    loop: true,
  });
  const seamNote = Object.entries(seams)
    .map(([ext, { roll, error }]) => `${ext} ${roll.join('+')} (step error ${error.toExponential(1)})`)
    .join(', ');
  console.log(`  loop point coded with pre+post roll: ${seamNote}`);
  return files.map((f) => report(f, song.cycleSamples, false));
}

/** A 2nd-order Butterworth low-pass over interleaved stereo (what `sox lowpass` does). */
function lowpass(samples, fc) {
  const w = (2 * Math.PI * fc) / RATE;
  const alpha = Math.sin(w) / (2 * Math.SQRT1_2);
  const a0 = 1 + alpha;
  const b0 = (1 - Math.cos(w)) / 2 / a0;
  const b1 = (1 - Math.cos(w)) / a0;
  const a1 = (-2 * Math.cos(w)) / a0;
  const a2 = (1 - alpha) / a0;
  const out = new Float64Array(samples.length);
  for (let ch = 0; ch < 2; ch++) {
    let [x1, x2, y1, y2] = [0, 0, 0, 0];
    for (let i = ch; i < samples.length; i += 2) {
      const x = samples[i];
      const y = b0 * x + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
      [x2, x1, y2, y1] = [x1, x, y1, y];
      out[i] = y;
    }
  }
  return out;
}

const TOUCH = { note: 'D5', velocity: 40, lowpass: 1800, seconds: 0.26, fadeIn: 0.002, fadeOut: 0.15 };

function makeTouch(workDir) {
  const song = touchSong();
  const base = path.join(workDir, 'touch');
  writeFileSync(`${base}.mid`, song.toMidi());
  const raw = render(`${base}.mid`, `${base}.raw`, null);
  // From the note's onset (less 1 ms), 0.26 s: darkened like a felt hammer, then faded to silence
  // (2 ms in, a half-cosine over the last 150 ms).
  let onset = 0;
  while (onset < raw.length && Math.abs(raw[onset]) < 1e-4) onset++;
  const start = Math.max(0, (onset >> 1) - RATE / 1000);
  const frames = Math.round(TOUCH.seconds * RATE);
  const dark = lowpass(raw.subarray(start * 2, (start + frames) * 2), TOUCH.lowpass);
  const fadeIn = TOUCH.fadeIn * RATE;
  const fadeOut = TOUCH.fadeOut * RATE;
  for (let i = 0; i < frames; i++) {
    let g = 1;
    if (i < fadeIn) g = 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeIn);
    const left = frames - 1 - i;
    if (left < fadeOut) g *= 0.5 - 0.5 * Math.cos((Math.PI * left) / fadeOut);
    dark[2 * i] *= g;
    dark[2 * i + 1] *= g;
  }
  writeWav(`${base}-shaped.wav`, dark);
  const gain = 10 ** ((TOUCH_LUFS - measureShort(`${base}-shaped.wav`).lufs) / 20);
  const final = Float32Array.from(dark, (x) => x * gain);
  writeWav(`${base}-final.wav`, final);
  const after = measureShort(`${base}-final.wav`);
  console.log(
    `touch: piano ${TOUCH.note} velocity ${TOUCH.velocity}, low-pass ${TOUCH.lowpass} Hz, ${TOUCH.seconds} s;` +
      ` gain ${dB(gain).toFixed(2)} dB → ${after.lufs.toFixed(1)} LUFS (one 400 ms block), ${after.truePeak.toFixed(1)} dBTP (WAV)`,
  );
  const { files } = encode(final, path.join(SFX_DIR, 'touch'), { target: TOUCH_LUFS, measureFn: measureShort, loop: false });
  return files.map((f) => report(f, frames, true));
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const workDir = path.resolve(opt('--work') ?? path.join(ROOT, 'scratch/score'));
  const keepParts = args.includes('--keep-parts');
  const only = opt('--only')?.split(',') ?? [...Object.keys(BEDS), 'touch'];
  for (const dir of [workDir, MUSIC_DIR, SFX_DIR]) mkdirSync(dir, { recursive: true });
  console.log(`FluidSynth ${fluidsynthVersion()}, ${path.basename(SF2)}, ${RATE} Hz; work in ${path.relative(ROOT, workDir)}/`);
  const results = [];
  for (const name of only) {
    if (name === 'touch') results.push(...makeTouch(workDir));
    else if (BEDS[name]) results.push(...makeBed(BEDS[name](), workDir, keepParts));
    else throw new Error(`unknown piece ${name}; known: ${Object.keys(BEDS).join(', ')}, touch`);
  }
  const total = results.reduce((s, r) => s + r.size, 0);
  console.log(`total ${(total / 1e6).toFixed(2)} MB in ${results.length} files`);
}

main();
