#!/usr/bin/env node
// Renders an exhibit's music: its score (exhibits/<id>/extension/score.mjs, composed as MIDI with
// compose.mjs: looping beds and a touch sound) is rendered with FluidSynth and the MuseScore
// General SoundFont (HQ, lossless); each bed is made a seamless loop, normalised with a static gain
// and encoded as Ogg Opus and an MP3 fallback.
//
// Usage: npm run media:score -- <id> [--only attract,cold,touch] [--work DIR] [--keep-parts]
//        [--soundfont FILE]
// Needs (apt): fluidsynth musescore-general-soundfont-lossless ffmpeg opus-tools (checked first by
// tools.mjs, which names what is missing and the command that installs it). Writes media/<id>/music/
// <bed>.{opus,mp3} and media/<id>/sfx/touch.{opus,mp3}; intermediates (MIDI files, the folded
// loop and the normalised WAV of each piece, and with --keep-parts each part's WAV) go to
// scratch/score/ (git-ignored). Prints each part's loudness in the mix, and each output's length,
// integrated loudness and true peak after decoding, as ffmpeg's ebur128=peak=true measures them.
// Check the loops with loopcheck.mjs.
//
// Deterministic: every note is written out in the score; the only variation (a few milliseconds of timing
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
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RATE } from './compose.mjs';
import { decodeStereo } from './decode.mjs';
import { FILES, requireTools } from './tools.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The MuseScore General SoundFont (HQ), lossless: Debian's musescore-general-soundfont-lossless.
// `--soundfont FILE` renders with another (e.g. the lossy .sf3, to compare).
const SOUNDFONT = FILES.musescoreSoundfont.files[0];
const BED_LUFS = -23;
const TOUCH_LUFS = -30;
// Ogg Opus is what the kiosk plays; MP3 is only the fallback for a browser without Opus. Four
// 60 s beds at 96 kb/s Opus plus 128 kb/s MP3 would be 6.7 MB, over the 6 MB budget, so the
// fallback is encoded at 96 kb/s (5.8 MB in all). Raise it here if the budget grows.
const OPUS_BITRATE = '96k';
const MP3_BITRATE = '96k';

// The exhibit whose score is rendered: `score.mjs <id>`; its score exports `beds` (name → a
// function making the Song) and, for a touch sound, `touchSong` and `TOUCH` (its note and shape).
const args = process.argv.slice(2);
const ID = args[0] && !args[0].startsWith('-') ? args[0] : undefined;
if (!ID || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ID))
  throw new Error(
    'usage: npm run media:score -- <exhibit id> [--only …]; e.g. npm run media:score -- my-exhibit',
  );
const SCORE = path.join(ROOT, 'exhibits', ID, 'extension', 'score.mjs');
if (!existsSync(SCORE))
  throw new Error(
    `exhibits/${ID}/extension/score.mjs: missing; export \`beds\` there (see exhibits/uprising)`,
  );
const soundfontArg = args.indexOf('--soundfont');
const SF2 = soundfontArg >= 0 ? path.resolve(args[soundfontArg + 1]) : SOUNDFONT;
requireTools(
  [
    'fluidsynth',
    'ffmpeg',
    'opusinfo',
    soundfontArg >= 0
      ? { files: [SF2], pkg: 'musescore-general-soundfont', what: SF2 }
      : { ...FILES.musescoreSoundfont, files: [SOUNDFONT] },
  ],
  `the music of ${ID} (npm run media:score)`,
);
const { beds: BEDS, touchSong, TOUCH } = await import(pathToFileURL(SCORE).href);
const MUSIC_DIR = path.join(ROOT, 'media', ID, 'music');
const SFX_DIR = path.join(ROOT, 'media', ID, 'sfx');

// ---------------------------------------------------------------------------------------------
// Small tools

/** Runs a command; throws with its stderr when it fails. */
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Audio: render, fold, measure, normalise, encode

function fluidsynthVersion() {
  const r = run('fluidsynth', ['--version']);
  return /version ([\d.]+)/.exec(r.stdout)?.[1] ?? 'unknown';
}

/** Renders a MIDI file to raw little-endian float32 stereo (no header, so no time stamp). */
function render(midiFile, rawFile, reverb) {
  const args = [
    '-ni',
    '-q',
    '-g',
    '0.5',
    '-r',
    String(RATE),
    '-O',
    'float',
    '-T',
    'raw',
    '-E',
    'little',
  ];
  args.push('-o', 'synth.polyphony=1024', '-o', 'synth.chorus.active=0');
  if (reverb) {
    args.push('-o', 'synth.reverb.active=1');
    args.push(
      '-o',
      `synth.reverb.room-size=${reverb.room}`,
      '-o',
      `synth.reverb.damp=${reverb.damp}`,
    );
    args.push(
      '-o',
      `synth.reverb.width=${reverb.width}`,
      '-o',
      `synth.reverb.level=${reverb.level}`,
    );
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
  const r = run('ffmpeg', [
    '-nostdin',
    '-hide_banner',
    '-i',
    file,
    '-af',
    'loudnorm=print_format=json',
    '-f',
    'null',
    '-',
  ]);
  const json = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{')));
  return { lufs: Number(json.input_i), truePeak: Number(json.input_tp) };
}

/** Integrated loudness with ffmpeg's faster ebur128 filter (0.1 LU steps): for the parts' balance. */
function measureQuick(file) {
  const r = run('ffmpeg', [
    '-nostdin',
    '-hide_banner',
    '-i',
    file,
    '-af',
    'ebur128',
    '-f',
    'null',
    '-',
  ]);
  return Number(/I:\s+(-?[\d.]+) LUFS/.exec(r.stderr.slice(r.stderr.lastIndexOf('Summary:')))?.[1]);
}

/**
 * Loudness of a sound shorter than the 400 ms EBU R128 block: the sound is padded with silence to
 * exactly 400 ms and measured as one block (its momentary loudness), with ffmpeg's ebur128.
 */
function measureShort(file) {
  const filter = `apad=whole_len=${0.4 * RATE},atrim=end_sample=${0.4 * RATE},ebur128=peak=true`;
  const r = run('ffmpeg', [
    '-nostdin',
    '-hide_banner',
    '-i',
    file,
    '-af',
    filter,
    '-f',
    'null',
    '-',
  ]);
  const summary = r.stderr.slice(r.stderr.lastIndexOf('Summary:'));
  const lufs = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { lufs, truePeak };
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
  for (let at = 0; at < buf.length;) {
    if (buf.toString('latin1', at, at + 4) !== 'OggS')
      throw new Error(`not an Ogg page at byte ${at}`);
    const segments = buf[at + 26];
    let body = 0;
    for (let i = 0; i < segments; i++) body += buf[at + 27 + i];
    const length = 27 + segments + body;
    pages.push({
      at,
      length,
      flags: buf[at + 5],
      granule: buf.readBigInt64LE(at + 6),
      body: at + 27 + segments,
    });
    at += length;
  }
  return pages;
}

function oggFixCrc(buf, page) {
  buf.writeUInt32LE(0, page.at + 22);
  let crc = 0;
  for (let i = page.at; i < page.at + page.length; i++)
    crc = ((crc << 8) ^ OGG_CRC[((crc >>> 24) ^ buf[i]) & 0xff]) >>> 0;
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
  if (buf.toString('latin1', first.body, first.body + 8) !== 'OpusHead')
    throw new Error(`${file}: no OpusHead`);
  const preSkip = buf.readUInt16LE(first.body + 10) + head;
  if (preSkip > 0xffff) throw new Error(`${file}: pre-skip ${preSkip} is too large`);
  buf.writeUInt16LE(preSkip, first.body + 10);
  oggFixCrc(buf, first);
  const last = pages[pages.length - 1];
  const end = last.granule - BigInt(tail);
  // End trimming may only remove audio of the last page (RFC 7845, 4.4).
  if (!(last.flags & 4) || end < pages[pages.length - 2].granule)
    throw new Error(`${file}: cannot trim the end`);
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
  if (buf[frame] !== 0xff || (buf[frame + 1] & 0xe0) !== 0xe0)
    throw new Error(`${file}: no MP3 frame`);
  const info = ['Info', 'Xing']
    .map((t) => buf.indexOf(t, frame, 'latin1'))
    .find((i) => i > 0 && i < frame + 64);
  if (info === undefined) throw new Error(`${file}: no Info/Xing header`);
  const flags = buf.readUInt32BE(info + 4);
  const lame =
    info +
    8 +
    (flags & 1 ? 4 : 0) +
    (flags & 2 ? 4 : 0) +
    (flags & 4 ? 100 : 0) +
    (flags & 8 ? 4 : 0);
  const packed = buf.readUIntBE(lame + 21, 3);
  const delay = (packed >> 12) + head;
  const padding = (packed & 0xfff) + tail;
  if (delay > 0xfff || padding > 0xfff)
    throw new Error(`${file}: delay ${delay} or padding ${padding} too large`);
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
    const pre =
      3840 + ((OPUS_FRAME - ((OPUS_DELAY + 3840 + frames + post) % OPUS_FRAME)) % OPUS_FRAME);
    return [pre, post];
  });
}
const MP3_ROLLS = [2304, 2592, 2880, 3168].map((pre) => [pre, 1152]);

/** How far the decoded loop point's step differs from the source's (largest of the channels). */
function seamError(file, source, scale = 1) {
  const d = decodeStereo(file);
  if (d.length !== source.length)
    throw new Error(`${file} decodes to ${d.length / 2} frames, not ${source.length / 2}`);
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
    const opusRoll = pick(
      opusRolls(samples.length / 2),
      (w, f, r) => (encodeOpus(w, f), oggOpusTrim(f, ...r)),
      'opus',
    );
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

/** Integrated loudness and true peak (4× oversampled) with ffmpeg's `ebur128=peak=true`. */
function measureTruePeak(file) {
  const r = run('ffmpeg', [
    ...['-nostdin', '-hide_banner', '-i', file],
    ...['-af', 'ebur128=peak=true', '-f', 'null', '-'],
  ]);
  const summary = r.stderr.slice(r.stderr.lastIndexOf('Summary:'));
  const lufs = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { lufs, truePeak };
}

function report(file, expectFrames, short) {
  const pcm = decodeStereo(file);
  const frames = pcm.length / 2;
  const m = short ? measureShort(file) : measureTruePeak(file);
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
      throw new Error(
        `${song.name}/${part.name}: the render's tail has not died away (${last.toFixed(1)} dBFS)`,
      );
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
    writeWav(
      `${file}.wav`,
      highpassLoop(stem).map((x) => x * gain),
    );
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
    .map(
      ([ext, { roll, error }]) => `${ext} ${roll.join('+')} (step error ${error.toExponential(1)})`,
    )
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
  const { files } = encode(final, path.join(SFX_DIR, 'touch'), {
    target: TOUCH_LUFS,
    measureFn: measureShort,
    loop: false,
  });
  return files.map((f) => report(f, frames, true));
}

function main() {
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const workDir = path.resolve(opt('--work') ?? path.join(ROOT, 'scratch/score'));
  const keepParts = args.includes('--keep-parts');
  const only = opt('--only')?.split(',') ?? [...Object.keys(BEDS), ...(touchSong ? ['touch'] : [])];
  for (const dir of [workDir, MUSIC_DIR, SFX_DIR]) mkdirSync(dir, { recursive: true });
  console.log(
    `FluidSynth ${fluidsynthVersion()}, ${path.basename(SF2)}, ${RATE} Hz; work in ${path.relative(ROOT, workDir)}/`,
  );
  const results = [];
  for (const name of only) {
    if (name === 'touch' && touchSong) results.push(...makeTouch(workDir));
    else if (BEDS[name]) results.push(...makeBed(BEDS[name](), workDir, keepParts));
    else throw new Error(`unknown piece ${name}; known: ${Object.keys(BEDS).join(', ')}, touch`);
  }
  const total = results.reduce((s, r) => s + r.size, 0);
  console.log(`total ${(total / 1e6).toFixed(2)} MB in ${results.length} files`);
}

main();
