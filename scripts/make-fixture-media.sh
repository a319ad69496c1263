#!/usr/bin/env bash
# Builds the test exhibit's music bed: a quiet, slow chord that loops. Its narration and captions
# come from the chapter scripts through `npm run media`, like any exhibit's. Needs (apt): sox ffmpeg.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tools, checked first: a calm message naming the Debian package instead of "command not found".
missing=()
for tool in sox:sox ffmpeg:ffmpeg; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if ((${#missing[@]})); then
  echo "Cannot make the test exhibit's music: missing Debian package(s): ${missing[*]}." >&2
  sudo=sudo && ((EUID == 0)) && sudo=
  echo "Install them with:  ${sudo:+$sudo }apt-get install -y ${missing[*]}" >&2
  exit 2
fi
out=tests/fixtures/media/test-exhibit/music
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
sox -R -n -r 48000 -c 2 "$tmp/bed.wav" synth 8 sine 110 sine 164.8 sine 220 tremolo 0.25 40 gain -18 fade q 0.05 8 0.05
ffmpeg -nostdin -loglevel error -y -i "$tmp/bed.wav" -c:a libopus -b:a 64k "$out/bed.opus"
ffmpeg -nostdin -loglevel error -y -i "$tmp/bed.wav" -c:a libmp3lame -b:a 96k "$out/bed.mp3"
echo "wrote $out/bed (.opus .mp3)"
