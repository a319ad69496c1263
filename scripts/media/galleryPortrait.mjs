// The gallery's test portrait: a pencil-like drawing of a head and shoulders on paper, with no
// features, labelled in the picture itself as a drawing made for the tests (CC0-1.0). It stands
// for no one. Writes tests/fixtures/media/gallery/people/drawn-portrait.png (600×800).
// Usage: node scripts/media/galleryPortrait.mjs   (needs sharp, a dev dependency)
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';

const out = 'tests/fixtures/media/gallery/people';
const stroke = 'stroke="#3b3a36" fill="none" stroke-linecap="round"';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">
  <rect width="600" height="800" fill="#d9d2c3"/>
  <rect x="18" y="18" width="564" height="764" fill="none" stroke="#b9b09d" stroke-width="2"/>
  <ellipse cx="300" cy="290" rx="112" ry="142" ${stroke} stroke-width="5"/>
  <ellipse cx="302" cy="292" rx="108" ry="138" ${stroke} stroke-width="2" opacity="0.5"/>
  <path d="M250 420 C 255 470, 245 490, 230 500 M350 420 C 345 470, 355 490, 370 500" ${stroke} stroke-width="5"/>
  <path d="M230 500 C 150 520, 100 560, 80 680 M370 500 C 450 520, 500 560, 520 680" ${stroke} stroke-width="5"/>
  <path d="M90 690 C 200 700, 400 700, 510 690" ${stroke} stroke-width="3" opacity="0.6"/>
  <path d="M200 180 C 240 130, 360 130, 400 185" ${stroke} stroke-width="3" opacity="0.55"/>
  <text x="300" y="752" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="26"
    fill="#3b3a36" letter-spacing="2">DRAWING FOR TESTS · NOT A PERSON</text>
</svg>`;
mkdirSync(out, { recursive: true });
await sharp(Buffer.from(svg))
  .png({ compressionLevel: 9, palette: true })
  .toFile(`${out}/drawn-portrait.png`);
console.log(`${out}/drawn-portrait.png`);
