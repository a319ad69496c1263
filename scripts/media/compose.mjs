// The score scripts' composition model: notes and controllers written out as MIDI, one looping
// cycle per piece plus a silent tail. An exhibit's score (exhibits/<id>/extension/score.mjs)
// composes with these; scripts/media/score.mjs renders and encodes what it composes.

import tonejsMidi from '@tonejs/midi';

const { Midi } = tonejsMidi;

/** The sample rate everything is rendered at. */
export const RATE = 48000;
const PPQ = 480;

/** mulberry32: a tiny seeded PRNG, so the humanisation is the same on every run. */
export function prng(seed) {
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
export function pitch(name) {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note name ${name}`);
  return 12 * (Number(m[3]) + 1) + STEPS[m[1]] + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0);
}
export const pitches = (names) => names.split(' ').map(pitch);

// GM programs (0-based) used here. With the MuseScore General SoundFont, a part may also name a
// bank (CC 0) for its variations: the VSCO string sections (see SECTIONS) and the Mellow Grand.
export const GM = {
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

/**
 * Presets of the MuseScore General SoundFont (HQ) beyond General MIDI, as { bank, program }: the
 * string sections recorded for the Versilian Studios Chamber Orchestra (CC0), each on its own,
 * and the Mellow Grand (the Splendid Grand's samples, darker).
 */
export const MSG = {
  mellowPiano: { bank: 8, program: 0 },
  violinsSlow: { bank: 20, program: 49 },
  violins2Slow: { bank: 25, program: 49 },
  violasSlow: { bank: 30, program: 49 },
  celliSlow: { bank: 40, program: 49 },
  celliFast: { bank: 40, program: 48 },
  celliPizzicato: { bank: 40, program: 45 },
  bassesSlow: { bank: 50, program: 49 },
  bassesPizzicato: { bank: 50, program: 45 },
};

// ---------------------------------------------------------------------------------------------
// Composition model: a song is one cycle of `bars` bars, plus a tail that only lets things ring.

export class Part {
  /** `gain` (dB) is applied when the parts' renders are mixed; `volume`, `pan`, `reverb` are CCs. */
  constructor(
    song,
    { name, program, bank = 0, channel, gain = 0, volume = 100, pan = 64, reverb = 64 },
  ) {
    if (typeof program === 'object') ({ bank, program } = program); // an MSG preset
    Object.assign(this, { song, name, program, bank, channel, gain, volume, pan, reverb });
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

export class Song {
  constructor({ name, bpm, beatsPerBar, bars, tailBeats, reverb, seed }) {
    Object.assign(this, { name, bpm, beatsPerBar, bars, tailBeats, reverb });
    this.cycleBeats = beatsPerBar * bars;
    this.microsPerBeat = Math.floor(60000000 / bpm); // what the MIDI file stores
    const cycle = (this.cycleBeats * this.microsPerBeat * RATE) / 1e6;
    if (!Number.isInteger(cycle))
      throw new Error(`${name}: the cycle is not a whole number of samples`);
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
      const events = notes.map((n) => ({
        midi: n.midi,
        on: ticks(n.beat),
        off: ticks(n.beat + n.beats),
        n,
      }));
      for (let i = events.length - 1; i >= 0; i--) {
        const e = events[i];
        const next = nextOn.get(e.midi);
        if (next !== undefined && next < e.off + 8) e.off = Math.max(e.on + 8, next - 8);
        nextOn.set(e.midi, e.on);
      }
      for (const { midi: m, on, off, n } of events) {
        if (off >= endTick) throw new Error(`${this.name}/${part.name}: a note outlasts the tail`);
        track.addNote({
          midi: m,
          ticks: on,
          durationTicks: off - on,
          velocity: (n.velocity + 0.5) / 127,
        });
      }
      const cc = (number, tick, value) =>
        track.addCC({ number, ticks: tick, value: (value + 0.5) / 127 });
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
    return withBanks(Buffer.from(midi.toArray()), parts);
  }
}

/**
 * Puts each part's bank select (CC 0) before its program change. @tonejs/midi writes the program
 * change first in each track (then its controllers), and a bank select after it would not take
 * effect, so the bytes are inserted here: the track's first events are its name and the program.
 */
function withBanks(bytes, parts) {
  if (parts.every((p) => !p.bank)) return bytes;
  const out = [bytes.subarray(0, 14)]; // MThd
  let track = 0; // the first MTrk is the header's (tempo, time signature)
  for (let at = 14; at < bytes.length;) {
    const type = bytes.toString('latin1', at, at + 4);
    const length = bytes.readUInt32BE(at + 4);
    let body = bytes.subarray(at + 8, at + 8 + length);
    at += 8 + length;
    const part = type === 'MTrk' && track++ > 0 ? parts[track - 2] : undefined;
    if (part?.bank) {
      const pc = 0xc0 | part.channel;
      let i = 0;
      while (i < body.length - 2 && !(body[i] === 0 && body[i + 1] === pc)) i++;
      if (body[i + 2] !== part.program) throw new Error(`${part.name}: program change not found`);
      const cc = 0xb0 | part.channel;
      const select = Buffer.from([0, cc, 0, part.bank, 0, cc, 32, 0]); // bank MSB, LSB 0
      body = Buffer.concat([body.subarray(0, i), select, body.subarray(i)]);
    }
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(body.length, 4);
    out.push(head, body);
  }
  return Buffer.concat(out);
}

// A smooth swell between lo and hi with the given period in beats (a raised cosine).
export const swell =
  (lo, hi, period, phase = 0) =>
  (b) =>
    lo + (hi - lo) * (0.5 - 0.5 * Math.cos((2 * Math.PI * (b + phase)) / period));
