#!/usr/bin/env node
// Checks that each music bed of the uprising exhibit loops without a click or a gap: decodes the
// .opus (what the kiosk plays) with ffmpeg to raw PCM and measures the loop point, where the last
// sample is followed by the first.
//
// Usage: node scripts/media/loopcheck.mjs [--mp3] [dir] [names…]
//   dir defaults to media/uprising/music, names to the four beds; --mp3 checks the MP3 fallbacks too.
// Exit 0: every loop point passes; 1: a loop point fails; 2: a file is missing or cannot be decoded.
//
// Per channel it prints:
// - jump: |first sample − last sample|, the step the loop point adds to the waveform, beside the
//   steps between neighbouring samples in the 2 s around the loop point (99.9th percentile, max);
// - click energy: the energy of the second difference (a high-pass in which a click, a burst of
//   high frequencies, stands out) over the 2 ms centred on the loop point, ranked among the other
//   2 ms windows of the 2 s around it;
// - the RMS of the last 50 ms and of the first 50 ms, and the change between them, beside the
//   largest change between neighbouring 50 ms windows anywhere else in the file.
//
// It fails a loop point, and why:
// - jump > the 99.9th-percentile step of the music within a second either side. A click is a step
//   the music around it does not make; a step that the same passage takes dozens of times in
//   those two seconds cannot stand out from it. (A loop cut without regard to the waveform jumps
//   by about the signal's RMS, several times this.) The comparison is local because masking is:
//   a step that loud passages elsewhere would hide can still click in a quiet one.
// - click energy > the 99th percentile of the 2 ms windows within a second either side: the loop
//   point may be no more click-like than the music's own sharper moments around it. This catches
//   a click whose first step happens to be small.
// - level change > max(3 dB, the largest change elsewhere in the file), or either 50 ms below
//   −60 dBFS. A gap, a fade or a level mismatch at the loop point is heard as a drop-out or a bump;
//   a change no larger than the music's own (a chord change with a piano note, say) is music.
// A lossy codec cannot keep the loop point sample-exact (its error on the two sides is
// independent), so the measures are relative: the loop point has to look like the music around it.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECODE_RATE, decodeStereo } from './decode.mjs';
import { requireTools } from './tools.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RATE = DECODE_RATE;
const RMS_WINDOW = RATE * 0.05; // 50 ms
const RMS_HOP = RATE * 0.01;
const CLICK_WINDOW = RATE * 0.002; // 2 ms
const CLICK_HOP = RATE * 0.001;
const NEIGHBOURHOOD = RATE; // 1 s either side of the loop point
const JUMP_PERCENTILE = 0.999;
const CLICK_PERCENTILE = 0.99;
const MIN_RMS_CHANGE_DB = 3;
const SILENCE_DBFS = -60;

requireTools(['ffmpeg'], 'the loop check');
const args = process.argv.slice(2);
const withMp3 = args.includes('--mp3');
const positional = args.filter((a) => !a.startsWith('--'));
const dir = path.resolve(positional[0] ?? path.join(ROOT, 'media/uprising/music'));
const names = positional.length > 1 ? positional.slice(1) : ['attract', 'cold', 'tension', 'elegy'];

const dB = (power) => (power > 0 ? 10 * Math.log10(power) : -Infinity);
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : String(x));
const e2 = (x) => x.toExponential(2);
const quantile = (sorted, q) => sorted[Math.floor(q * (sorted.length - 1))];

/** Decodes a file to interleaved stereo float32 at 48 kHz; null if it cannot. */
function decode(file) {
  try {
    return decodeStereo(file);
  } catch {
    return null;
  }
}

/** One channel as a Float64Array. */
function channel(pcm, ch) {
  const x = new Float64Array(pcm.length / 2);
  for (let i = 0; i < x.length; i++) x[i] = pcm[2 * i + ch];
  return x;
}

/** Mean power over [from, from + length) of a signal, read circularly, from prefix sums of squares. */
function powerMeter(signal) {
  const n = signal.length;
  const sums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sums[i + 1] = sums[i] + signal[i] * signal[i];
  const upTo = (i) => Math.floor(i / n) * sums[n] + sums[((i % n) + n) % n];
  return (from, length) => Math.max(0, upTo(from + length) - upTo(from)) / length;
}

function checkChannel(x) {
  const n = x.length;
  const at = (i) => x[((i % n) + n) % n];
  // The jump, and the steps of the music around it.
  const jump = Math.abs(at(0) - at(-1));
  const steps = [];
  for (let i = -NEIGHBOURHOOD + 1; i < NEIGHBOURHOOD; i++)
    if (i !== 0) steps.push(Math.abs(at(i) - at(i - 1)));
  steps.sort((a, b) => a - b);
  // Click energy: the second difference, in 2 ms windows, around the loop point.
  const d2 = new Float64Array(n);
  for (let i = 0; i < n; i++) d2[i] = at(i) - 2 * at(i - 1) + at(i - 2);
  const clickPower = powerMeter(d2);
  const clickAt = (centre) => clickPower(centre - CLICK_WINDOW / 2, CLICK_WINDOW);
  const clicks = [];
  for (let c = -NEIGHBOURHOOD; c <= NEIGHBOURHOOD; c += CLICK_HOP) {
    if (Math.abs(c) >= CLICK_WINDOW) clicks.push(clickAt(c)); // windows that do not touch the loop point
  }
  clicks.sort((a, b) => a - b);
  const click = clickAt(0);
  const clickRank = clicks.filter((v) => v < click).length / clicks.length;
  // Level either side, and the file's own largest change between neighbouring 50 ms windows.
  const level = powerMeter(x);
  const tail = dB(level(-RMS_WINDOW, RMS_WINDOW));
  const head = dB(level(0, RMS_WINDOW));
  let largestChange = 0;
  for (let t = RMS_WINDOW; t <= n - RMS_WINDOW; t += RMS_HOP) {
    const change = Math.abs(dB(level(t, RMS_WINDOW)) - dB(level(t - RMS_WINDOW, RMS_WINDOW)));
    if (Number.isFinite(change)) largestChange = Math.max(largestChange, change);
  }
  return {
    jump,
    stepLimit: quantile(steps, JUMP_PERCENTILE),
    stepMax: steps[steps.length - 1],
    click,
    clickLimit: quantile(clicks, CLICK_PERCENTILE),
    clickRank,
    tail,
    head,
    change: head - tail,
    changeLimit: Math.max(MIN_RMS_CHANGE_DB, largestChange),
  };
}

function check(file) {
  const pcm = decode(file);
  if (!pcm || pcm.length < 8 * RMS_WINDOW) return { error: `cannot decode ${file}` };
  const channels = [0, 1].map((ch) => checkChannel(channel(pcm, ch)));
  const failures = [];
  channels.forEach((c, ch) => {
    const side = ch === 0 ? 'L' : 'R';
    if (c.jump > c.stepLimit) failures.push(`${side}: jump ${e2(c.jump)} > ${e2(c.stepLimit)}`);
    if (c.click > c.clickLimit)
      failures.push(`${side}: click energy above the 99th percentile around it`);
    if (Math.abs(c.change) > c.changeLimit)
      failures.push(`${side}: level changes ${f1(c.change)} dB`);
    if (Math.min(c.tail, c.head) < SILENCE_DBFS)
      failures.push(`${side}: silence at the loop point`);
  });
  return { seconds: pcm.length / 2 / RATE, channels, failures };
}

let status = 0;
const files = names.flatMap((name) =>
  withMp3 ? [`${name}.opus`, `${name}.mp3`] : [`${name}.opus`],
);
console.log(
  `Loop points in ${path.relative(process.cwd(), dir) || '.'}: fail if the jump exceeds the 99.9th-percentile` +
    ` step or the click energy the 99th percentile of the music within 1 s, or the level changes more than` +
    ` max(3 dB, the file's own largest change)`,
);
for (const name of files) {
  const file = path.join(dir, name);
  const r = existsSync(file) ? check(file) : { error: `missing ${file}` };
  if (r.error) {
    console.log(`${name}: ${r.error}`);
    status = Math.max(status, 2);
    continue;
  }
  console.log(`${name}  ${r.seconds.toFixed(3)} s  ${r.failures.length ? 'FAIL' : 'ok'}`);
  r.channels.forEach((c, ch) => {
    console.log(
      `  ${ch === 0 ? 'L' : 'R'}  jump ${e2(c.jump)} (around: 99.9% ${e2(c.stepLimit)}, max ${e2(c.stepMax)};` +
        ` ratio ${(c.jump / c.stepLimit).toFixed(2)})  click ${f1(dB(c.click))} dB (around: 99% ${f1(dB(c.clickLimit))} dB;` +
        ` rank ${(100 * c.clickRank).toFixed(1)}%)` +
        `  RMS last 50 ms ${f1(c.tail)} → first 50 ms ${f1(c.head)} dBFS (${f1(c.change)} dB; limit ±${f1(c.changeLimit)})`,
    );
  });
  for (const f of r.failures) console.log(`  FAIL ${f}`);
  if (r.failures.length) status = Math.max(status, 1);
}
process.exit(status);
