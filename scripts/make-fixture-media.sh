#!/usr/bin/env bash
# Builds the test exhibit's short narration, captions and music bed from tests/fixtures/script.tsv.
# One clip per sentence, trimmed and measured, joined with fixed gaps: caption times are exact by
# construction. English: festival + the HTS slt voice; Russian: espeak-ng (fixture only).
# Needs (apt): festival festvox-us-slt-hts sox ffmpeg espeak-ng. Outputs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/media/test-exhibit
gap=0.5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/narration" "$out/music"

stamp() { awk -v t="$1" 'BEGIN { h=int(t/3600); m=int((t-h*3600)/60); s=t-h*3600-m*60; printf "%02d:%02d:%06.3f", h, m, s }'; }

cut -f1,2 tests/fixtures/script.tsv | sort -u | while IFS=$'\t' read -r chapter lang; do
  base="$out/narration/$chapter.$lang"
  vtt="WEBVTT"$'\n'
  t=0
  clips=()
  i=0
  while IFS=$'\t' read -r c l sentence; do
    [ "$c" = "$chapter" ] && [ "$l" = "$lang" ] || continue
    i=$((i + 1))
    raw="$tmp/raw-$i.wav"
    if [ "$lang" = en ]; then
      printf '%s' "$sentence" > "$tmp/s.txt"
      text2wave -eval '(voice_cmu_us_slt_arctic_hts)' "$tmp/s.txt" -o "$raw" </dev/null 2>/dev/null
    else
      espeak-ng -v "$lang" -s 150 -w "$raw" "$sentence" </dev/null
    fi
    clip="$tmp/clip-$i.wav"
    sox "$raw" -r 48000 -c 1 "$clip" silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
    d=$(soxi -D "$clip")
    vtt+=$'\n'"$(stamp "$t") --> $(stamp "$(echo "$t + $d" | bc -l)")"$'\n'"$sentence"$'\n'
    clips+=("$clip")
    sox -n -r 48000 -c 1 "$tmp/gap.wav" trim 0 "$gap"
    clips+=("$tmp/gap.wav")
    t=$(echo "$t + $d + $gap" | bc -l)
  done < tests/fixtures/script.tsv
  sox "${clips[@]}" "$tmp/all.wav"
  ffmpeg -nostdin -loglevel error -y -i "$tmp/all.wav" -c:a libopus -b:a 32k "$base.opus"
  ffmpeg -nostdin -loglevel error -y -i "$tmp/all.wav" -c:a libmp3lame -b:a 48k "$base.mp3"
  printf '%s' "$vtt" > "$base.vtt"
  echo "wrote $base (.opus .mp3 .vtt)"
done

# A quiet, slow chord that loops: the music bed.
sox -n -r 48000 -c 2 "$tmp/bed.wav" synth 8 sine 110 sine 164.8 sine 220 tremolo 0.25 40 gain -18 fade q 0.05 8 0.05
ffmpeg -nostdin -loglevel error -y -i "$tmp/bed.wav" -c:a libopus -b:a 64k "$out/music/bed.opus"
ffmpeg -nostdin -loglevel error -y -i "$tmp/bed.wav" -c:a libmp3lame -b:a 96k "$out/music/bed.mp3"
echo "wrote $out/music/bed (.opus .mp3)"
