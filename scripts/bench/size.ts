// Sizes of the production build (dist/): JS and CSS gzipped (zlib level 9, as served compressed),
// fonts, and Uprising's media: narration bytes per minute of narration, in the encoding the
// kiosk loads (Opus) and in its MP3 fallback, from media/uprising/manifest.json's durations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Size figures, in bytes. */
export interface Size {
  /** Every JS file in the build, code and data chunks. */
  jsGzipBytes: number;
  /** The code: every JS chunk but the base maps' data (below). */
  jsCodeGzipBytes: number;
  /**
   * Base-map data chunks (the engine's default map and each extension's: land, borders and
   * graticule as JSON): a kiosk fetches one, its exhibit's, with the extension at boot.
   */
  mapDataGzipBytes: number;
  jsBytes: number;
  jsFiles: number;
  /** The biggest chunks, gzipped. */
  jsChunks: { file: string; gzipBytes: number }[];
  cssGzipBytes: number;
  fontWoff2Bytes: number;
  fontAllBytes: number;
  narrationMinutes: number;
  narrationBytesPerMinute: number;
  narrationMp3BytesPerMinute: number;
  mediaBytes: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A base map's data chunk, as Vite names a dynamically imported basemap.json. */
const MAP_DATA = /^basemap-[\w-]+\.js$/;

const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Measures `dist` (the production build) and the exhibit's narration. */
export function size(dist: string): Size {
  const assets = files(join(dist, 'assets'));
  const js = assets.filter((f) => f.endsWith('.js'));
  const chunks = js
    .map((f) => ({ file: f.replace(/^.*\//, ''), gzipBytes: gz(f) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const manifest = JSON.parse(readFileSync('media/uprising/manifest.json', 'utf8')) as {
    chapters: Record<string, Record<string, { duration: number }>>;
  };
  let seconds = 0;
  let opus = 0;
  let mp3 = 0;
  for (const [chapter, langs] of Object.entries(manifest.chapters))
    for (const [lang, { duration }] of Object.entries(langs)) {
      seconds += duration;
      opus += statSync(`media/uprising/narration/${chapter}.${lang}.opus`).size;
      mp3 += statSync(`media/uprising/narration/${chapter}.${lang}.mp3`).size;
    }
  const minutes = seconds / 60;
  const mapData = chunks.filter((c) => MAP_DATA.test(c.file));
  return {
    jsGzipBytes: sum(chunks.map((c) => c.gzipBytes)),
    jsCodeGzipBytes: sum(chunks.map((c) => c.gzipBytes)) - sum(mapData.map((c) => c.gzipBytes)),
    mapDataGzipBytes: sum(mapData.map((c) => c.gzipBytes)),
    jsBytes: sum(js.map((f) => statSync(f).size)),
    jsFiles: js.length,
    jsChunks: chunks.slice(0, 5),
    cssGzipBytes: sum(assets.filter((f) => f.endsWith('.css')).map(gz)),
    fontWoff2Bytes: sum(assets.filter((f) => f.endsWith('.woff2')).map((f) => statSync(f).size)),
    fontAllBytes: sum(assets.filter((f) => /\.woff2?$/.test(f)).map((f) => statSync(f).size)),
    narrationMinutes: Math.round(minutes * 10) / 10,
    narrationBytesPerMinute: Math.round(opus / minutes),
    narrationMp3BytesPerMinute: Math.round(mp3 / minutes),
    mediaBytes: sum(files(join(dist, 'media', 'uprising')).map((f) => statSync(f).size)),
  };
}
