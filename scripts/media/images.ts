// `npm run media:images [exhibit id …]`: the sized variants of every picture in each exhibit's
// media folder (`images/`, `drawings/`), as WebP, for 1080p and 4K screens, and their manifest
// `media/<id>/images.json` (imageManifest.ts holds the rules and says why). A source whose bytes
// are unchanged is skipped; variants of sources that are gone are removed. Fails, naming the
// file and what to do, when a variant would break the texture budget. The outputs are committed
// like the other generated media.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';
import {
  VARIANT_SIDES,
  budgetProblem,
  manifestPath,
  sourceHash,
  sourcePictures,
  variantPath,
  type StoredManifest,
} from './imageManifest.ts';

/** The size a source is read at (SVG at its own 72 dpi), and whether it scales freely. */
async function sourceSize(file: string) {
  const meta = await sharp(file).metadata();
  const svg = meta.format === 'svg';
  // EXIF orientation turns the picture: its seen width and height swap.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  if (!width || !height) throw new Error(`${file}: cannot read its size`);
  return { width, height, svg };
}

/** The long sides to make for a source: each size, a raster never enlarged. */
function sidesFor(long: number, svg: boolean): number[] {
  if (svg) return [...VARIANT_SIDES];
  const sides = VARIANT_SIDES.filter((s) => s <= long);
  return sides.length === VARIANT_SIDES.length ? sides : [...sides, long];
}

async function makeVariant(file: string, svg: boolean, long: number, side: number, out: string) {
  // SVG is drawn at the density that gives the wanted size, not drawn small and enlarged.
  const input = svg ? sharp(file, { density: Math.min(2400, (72 * side) / long) }) : sharp(file);
  const { data, info } = await input
    .rotate()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: !svg })
    .webp({ quality: svg ? 90 : 82, effort: 5, smartSubsample: true })
    .toBuffer({ resolveWithObject: true });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  return { width: info.width, height: info.height, bytes: data.length };
}

/** Makes one exhibit's variants; returns the problems (budget) and how many were made. */
async function exhibitImages(mediaDir: string, label: string) {
  const file = manifestPath(mediaDir);
  const old: StoredManifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const manifest: StoredManifest = {};
  const problems: string[] = [];
  let made = 0;
  for (const path of sourcePictures(mediaDir)) {
    const src = join(mediaDir, path);
    const hash = sourceHash(readFileSync(src));
    const before = old[path];
    if (before?.hash === hash && before.variants.every((v) => existsSync(join(mediaDir, v.file)))) {
      manifest[path] = before;
      continue;
    }
    const { width, height, svg } = await sourceSize(src);
    const long = Math.max(width, height);
    const sides = sidesFor(long, svg);
    // The budget is checked before anything is written.
    const over = sides
      .map((side) => {
        const k = Math.min(svg ? Infinity : 1, side / long);
        return budgetProblem(`${label}/${path}`, Math.round(width * k), Math.round(height * k));
      })
      .find(Boolean);
    if (over) {
      problems.push(over);
      continue;
    }
    const variants = [];
    for (const side of sides) {
      const v = variantPath(path, side);
      const made1 = await makeVariant(src, svg, long, side, join(mediaDir, v));
      variants.push({ file: v, width: made1.width, height: made1.height });
      console.log(
        `  ${label}/${v}: ${made1.width}×${made1.height}, ${Math.ceil(made1.bytes / 1024)} KB`,
      );
      made++;
    }
    manifest[path] = { hash, width, height, variants };
  }
  // Variants of sources that are gone, or of sizes no longer made, are removed.
  const keep = new Set(Object.values(manifest).flatMap((e) => e.variants.map((v) => v.file)));
  const dir = join(mediaDir, 'variants');
  const walk = (d: string): string[] =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
        )
      : [];
  for (const f of walk(dir)) {
    const rel = f
      .slice(mediaDir.length + 1)
      .split('\\')
      .join('/');
    if (!keep.has(rel)) rmSync(f);
  }
  if (Object.keys(manifest).length) writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  else if (existsSync(file)) rmSync(file);
  return { problems, made, count: Object.keys(manifest).length };
}

const only = process.argv.slice(2);
let failed = false;
for (const { root, id } of findExhibits(CONTENT_ROOTS)) {
  if (only.length && !only.includes(id)) continue;
  const mediaDir = join(root, 'media', id);
  if (!existsSync(mediaDir)) continue;
  const label = join(root, 'media', id).replace(/^\.\//, '');
  const { problems, made, count } = await exhibitImages(mediaDir, label);
  if (count || problems.length) console.log(`${label}: ${count} pictures, ${made} variants made`);
  for (const p of problems) console.error(`bad ${p}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
