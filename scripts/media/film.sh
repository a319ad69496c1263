#!/usr/bin/env bash
# The gallery's test film: a few seconds of a drawn "reconstruction" (a dark field, snow drifting
# down, a pale band passing slowly like a searchlight), made entirely with ffmpeg's lavfi sources.
# It is labelled as a drawing in its own frames: nothing in it is archival. Writes, under
# tests/fixtures/media/gallery/video/:
#   snowfield.webm       VP9, the first choice (Debian's Chromium plays it without proprietary codecs)
#   snowfield.mp4        H.264 (baseline, yuv420p, faststart), the fallback
#   snowfield-poster.png the first frame, shown before the film plays, under reduced motion and
#                        if the film cannot be played
# Usage: bash scripts/media/film.sh   (needs ffmpeg with libvpx-vp9 and libx264, and DejaVu Sans)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fixtures/media/gallery/video
mkdir -p "$out"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
seconds=6
size=640x360
rate=25

# Snow: a fixed scatter of points (a hash of x and y, so every run draws the same field), blurred a
# little and scrolled down slowly; a ground, a horizon line, and a soft band crossing left to right
# over the clip (its place tells the frame, which the tests use).
graph="
color=c=0x171b20:s=${size}:r=${rate}:d=${seconds}[ground];
color=c=black:s=${size}:r=${rate}:d=${seconds},format=gray,
  geq=lum='200*gt(mod(sin(X*12.9898+Y*78.233)*43758.5453\,1)\,0.9975)',
  dilation,boxblur=1:1,scroll=vertical=0.0025,format=yuv420p[snow];
[ground][snow]blend=c0_mode=screen:c1_mode=normal:c2_mode=normal,
  drawbox=x=0:y=250:w=640:h=110:color=0x2a3038@1:t=fill,
  drawbox=x=0:y=249:w=640:h=2:color=0x5d6670@1:t=fill,
  drawtext=fontfile=${font}:text='DRAWN TEST CLIP - NOT ARCHIVAL':fontsize=16:fontcolor=0xb3ada1:x=16:y=h-30,
  format=yuv420p[scene];
color=c=0xe8e2d6@0.16:s=48x360:r=${rate}:d=${seconds},format=yuva420p,boxblur=12:1[band];
[scene][band]overlay=x='-60+t*(700/${seconds})':y=0:format=auto,format=yuv420p[v]"

ffmpeg -hide_banner -loglevel error -y -filter_complex "$graph" -map '[v]' -an \
  -c:v libvpx-vp9 -b:v 0 -crf 40 -row-mt 1 -deadline good -cpu-used 4 "$out/snowfield.webm"
ffmpeg -hide_banner -loglevel error -y -filter_complex "$graph" -map '[v]' -an \
  -c:v libx264 -profile:v baseline -preset slow -crf 30 -pix_fmt yuv420p -movflags +faststart \
  "$out/snowfield.mp4"
ffmpeg -hide_banner -loglevel error -y -i "$out/snowfield.webm" -frames:v 1 -update 1 \
  "$out/snowfield-poster.png"
ls -l "$out"
