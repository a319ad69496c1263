// The figure cue: a number set large that counts up, with its label and its source beneath. A
// death toll (`emphasis: "toll"`) is set larger than any other figure, held still (the dead are not
// counted up like a score), with a short rule under it and its source at 32 px.
import { Container, Graphics, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import {
  balanceWrap,
  fonts,
  palette,
  stageUnit,
  textStyles,
  typeSizes,
} from '../../scenes/theme.ts';

const COUNT_MS = 1_800;

/** How a figure is set: an ordinary number, or a death toll. */
export type FigureEmphasis = 'toll' | undefined;

/** A number, what it counts, and whose count it is. */
export class FigureView extends Container implements CueView {
  private readonly number: Text;
  private readonly caption: Text;
  private readonly source: Text;
  /** Under a toll: a short rule between the number and what it counts. */
  private readonly rule = new Graphics();
  private readonly format: Intl.NumberFormat;
  private readonly counting: boolean;
  private age = 0;

  constructor(
    private readonly value: number,
    label: string,
    source: string,
    lang: string,
    private readonly approximate: boolean,
    counting: boolean,
    private readonly emphasis: FigureEmphasis = undefined,
  ) {
    super();
    this.counting = counting && emphasis !== 'toll';
    this.format = new Intl.NumberFormat(lang);
    this.number = new Text({
      text: this.show(this.counting ? 0 : value),
      style: { ...textStyles.heading, wordWrap: false },
    });
    this.caption = new Text({
      text: label,
      style: { fontFamily: fonts.sans, fill: palette.bone, align: 'center', wordWrap: true },
    });
    this.source = new Text({
      text: source,
      style: { ...textStyles.note },
    });
    this.number.anchor.set(0.5, 1);
    this.caption.anchor.set(0.5, 0);
    this.source.anchor.set(0.5, 0);
    this.addChild(this.number, this.rule, this.caption, this.source);
  }

  layout(width: number, height: number): void {
    // Sizes hold on the screen itself (the stage unit): a toll is the largest type the stage sets.
    const u = stageUnit(width, height);
    const toll = this.emphasis === 'toll';
    this.number.style.fontSize = Math.round((toll ? typeSizes.toll : typeSizes.figure) * u);
    // A long number narrows to the area rather than running off it.
    const room = width * 0.9;
    if (this.number.width > room)
      this.number.style.fontSize = Math.floor(
        (this.number.style.fontSize * room) / this.number.width,
      );
    this.caption.style.fontSize = Math.round((toll ? typeSizes.tollLabel : 44) * u);
    balanceWrap(this.caption, width * 0.8);
    // Sources readable from 2 m: 32 px at 1080p.
    this.source.style.fontSize = Math.round(typeSizes.tollSource * u);
    this.source.style.wordWrapWidth = width * 0.8;
    this.number.y = 20 * u;
    this.rule.clear();
    if (toll) {
      // Rust, the colour of the suppression, and only this much of it.
      this.rule.rect(-36 * u, 20 * u + 22 * u, 72 * u, Math.max(2, 3 * u)).fill(palette.rust);
      this.caption.y = 20 * u + 46 * u;
    } else this.caption.y = 44 * u;
    this.source.y = this.caption.y + this.caption.height + 18 * u;
  }

  update(deltaMs: number): void {
    if (!this.counting || this.age >= COUNT_MS) return;
    this.age += deltaMs;
    this.number.text = this.show(Math.round(this.value * ease(this.age / COUNT_MS)));
  }

  private show(n: number): string {
    return `${this.approximate ? '≈ ' : ''}${this.format.format(n)}`;
  }
}
