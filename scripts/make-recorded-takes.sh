#!/usr/bin/env bash
# Records the stand-in takes of the `recorded` fixture exhibit (tests/fixtures/exhibits/recorded/)
# as a narrator's files would arrive: one WAV per sentence (the long third sentence in two pieces,
# cut where `npm run media` says), each with room tone before and after, at its own level, some in
# stereo or 24-bit. The "narrator" is RHVoice's `alan`, a synthetic stand-in: the takes test the
# drop-in (docs/recording.md), they are not a recording. Small on purpose: 12 kHz, about 400 KB in all.
# Then `npx tsx scripts/media/narration.ts --exhibit recorded` makes the track. Needs (apt): sox,
# rhvoice rhvoice-english.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/media/recorded/recorded/en
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
rm -f "$out"/*.wav

# take <file> <peak dBFS> <channels> <bits> <room tone before (s)> <after (s)> <rate %> <words>
take() {
  local file=$1 peak=$2 channels=$3 bits=$4 before=$5 after=$6 rate=$7 words=$8
  printf '%s' "$words" | RHVoice-test -p alan -r "$rate" -o "$tmp/voice.wav"
  sox -R "$tmp/voice.wav" -r 12000 -c 1 "$tmp/dry.wav" norm "$peak"
  local seconds
  seconds=$(sox "$tmp/dry.wav" -n stat 2>&1 | awk '/Length/ { print $3 }')
  # The room: pink noise near −68 dBFS RMS with a little mains hum under it (the high-pass removes it).
  local total
  total=$(awk -v a="$before" -v b="$after" -v s="$seconds" 'BEGIN { print a + b + s }')
  sox -R -n -r 12000 -c 1 "$tmp/noise.wav" synth "$total" pinknoise gain -50
  sox -R -n -r 12000 -c 1 "$tmp/hum.wav" synth "$total" sine 50 gain -66
  sox -R -m "$tmp/noise.wav" "$tmp/hum.wav" "$tmp/room.wav"
  sox -R "$tmp/dry.wav" "$tmp/placed.wav" pad "$before" "$after"
  sox -R -m -v 1 "$tmp/room.wav" -v 1 "$tmp/placed.wav" -c "$channels" -b "$bits" "$out/$file"
  echo "$out/$file: $(soxi -D "$out/$file") s, $channels ch, $bits bit, peak $peak dBFS"
}

take takes-1.wav -4 1 16 0.6 0.8 115 'This test chapter is read from recorded takes.'
take takes-2.wav -11 2 16 0.5 0.5 115 'Each sentence was recorded on its own.'
# Read slowly, the third sentence is longer than a caption may stay (7 s): `npm run media` asked for
# it in two takes and named the words of each.
take takes-3.1.wav -7 1 16 0.7 0.5 60 'A long sentence, read slowly and pausing at every comma,'
take takes-3.2.wav -9 1 16 0.5 0.6 60 'is recorded in two pieces.'
take takes-4.wav -14 1 24 0.9 0.5 100 'None of it is a historical fact.'
