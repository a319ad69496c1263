// The memorial: the tolls of the dead set as the largest figures on screen, each with what it
// counts and whose count it is, the places of memory named beneath, and nothing moving.
import { Container, Graphics, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { fonts, palette, screenUnit, textStyles, typeSizes } from '../../scenes/theme.ts';

/** One toll as the view shows it, in the visitor's language. */
export interface TollText {
  /** The number written the language's way, or the text ("37–700"). */
  figure: string;
  label: string;
  source: string;
}

/** The view of one toll: its number, a short rule, its label and its source. */
class TollBlock extends Container {
  readonly number: Text;
  readonly counts: Text;
  readonly source: Text;
  private readonly rule = new Graphics();

  constructor(toll: TollText) {
    super();
    this.number = new Text({
      text: toll.figure,
      style: { ...textStyles.heading, wordWrap: false },
    });
    this.counts = new Text({
      text: toll.label,
      style: { fontFamily: fonts.sans, fill: palette.bone, align: 'center', wordWrap: true },
    });
    this.source = new Text({ text: toll.source, style: { ...textStyles.note } });
    for (const t of [this.number, this.counts, this.source]) t.anchor.set(0.5, 0);
    this.addChild(this.number, this.rule, this.counts, this.source);
  }

  /** Sets it in a column `wrap` wide with the number at `size` px; returns its height. */
  arrange(size: number, wrap: number, u: number): number {
    this.number.style.fontSize = Math.round(size);
    this.counts.style.fontSize = Math.round(typeSizes.tollLabel * u);
    this.counts.style.wordWrapWidth = wrap;
    this.source.style.fontSize = Math.round(typeSizes.tollSource * u);
    this.source.style.wordWrapWidth = wrap;
    this.number.y = 0;
    const ruleY = this.number.height + 8 * u;
    this.rule.clear();
    // Rust, the colour of the suppression, and only this much of it.
    this.rule.rect(-36 * u, ruleY, 72 * u, Math.max(2, 3 * u)).fill(palette.rust);
    this.counts.y = ruleY + 24 * u;
    this.source.y = this.counts.y + this.counts.height + 12 * u;
    return this.source.y + this.source.height;
  }
}

/** The memorial's still screen. It has no `update`: nothing on it moves. */
export class MemorialView extends Container implements CueView {
  private readonly heading: Text | undefined;
  private readonly tolls: TollBlock[];
  private readonly places: Text | undefined;

  constructor(heading: string, tolls: TollText[], places: string[]) {
    super();
    if (heading) {
      this.heading = new Text({
        text: heading,
        style: { ...textStyles.heading, fontWeight: '400', fill: palette.muted },
      });
      this.heading.anchor.set(0.5, 0);
      this.addChild(this.heading);
    }
    this.tolls = tolls.map((t) => new TollBlock(t));
    this.addChild(...this.tolls);
    if (places.length) {
      this.places = new Text({
        text: places.join('   ·   '),
        style: { ...textStyles.heading, fontWeight: '400', lineHeight: 0 },
      });
      this.places.anchor.set(0.5, 0);
      this.addChild(this.places);
    }
  }

  /** The size of the tolls' numbers now, in px (for tests: the largest text on screen). */
  get tollSize(): number {
    return Number(this.tolls[0]?.number.style.fontSize ?? 0);
  }

  layout(width: number, height: number): void {
    // Every size here holds on the screen itself: the tolls' (typeSizes) and their sources' above all.
    const u = screenUnit();
    // A short area (a 5:4 screen above its captions band) sets the parts closer, the places smaller.
    const tight = height < 560 * u;
    const gap = (tight ? 20 : 40) * u;
    if (this.heading) {
      this.heading.style.fontSize = Math.round(36 * u);
      this.heading.style.wordWrapWidth = width * 0.85;
    }
    if (this.places) {
      const size = (tight ? 32 : 38) * u;
      this.places.style.fontSize = Math.round(size);
      this.places.style.lineHeight = Math.round(size * 1.4);
      this.places.style.wordWrapWidth = width * (tight ? 0.94 : 0.85);
    }
    const fixed =
      (this.heading ? this.heading.height + gap : 0) + (this.places ? this.places.height + gap : 0);
    // The tolls side by side where their numbers fit, else one above the other; the numbers
    // narrow only as far as the area needs, and stay the largest type on screen.
    // The view is laid out in the card area, already below the chapter's title.
    const room = height * 0.97 - fixed;
    let size = typeSizes.toll * u;
    let arranged = this.arrangeTolls(size, width, u);
    for (let i = 0; i < 4 && (arranged.height > room || arranged.width > width * 0.94); i++) {
      const byHeight = arranged.height > room ? (room - arranged.height) / arranged.rows : 0;
      const byWidth =
        arranged.width > width * 0.94 ? (size * (width * 0.94)) / arranged.width - size : 0;
      size = Math.max(typeSizes.tollLabel * 2 * u, size + Math.min(byHeight, byWidth) - 1);
      arranged = this.arrangeTolls(size, width, u);
    }
    const total = fixed + arranged.height;
    let y = Math.max(-height / 2 + 8 * u, -total / 2); // never above the area, into the title
    if (this.heading) {
      this.heading.position.set(0, y);
      y += this.heading.height + gap;
    }
    for (const [i, block] of this.tolls.entries()) {
      const at = arranged.at[i]!;
      block.position.set(at.x, y + at.y);
    }
    y += arranged.height + gap;
    this.places?.position.set(0, y);
  }

  /** Places the tolls with numbers at `size` px: their offsets, the block's size and its rows. */
  private arrangeTolls(size: number, width: number, u: number) {
    const n = this.tolls.length;
    const column = (width * 0.94) / n;
    // Measure the numbers at this size first: side by side only if every one fits its column.
    for (const b of this.tolls) b.number.style.fontSize = Math.round(size);
    const widest = Math.max(...this.tolls.map((b) => b.number.width));
    const row = n === 1 || widest <= column * 0.92;
    const at: { x: number; y: number }[] = [];
    if (row) {
      const heights = this.tolls.map((b) => b.arrange(size, column * 0.86, u));
      this.tolls.forEach((_, i) => at.push({ x: -width * 0.47 + column * (i + 0.5), y: 0 }));
      return { at, height: Math.max(...heights), width: widest, rows: 1 };
    }
    let y = 0;
    for (const b of this.tolls) {
      at.push({ x: 0, y });
      y += b.arrange(size, width * 0.8, u) + 36 * u;
    }
    return { at, height: y - 36 * u, width: widest, rows: n };
  }
}
