// The figure cue: a number set large that counts up, with its label and its source beneath.
import { Container, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import { balanceWrap, fonts, palette, stageUnit, textStyles } from '../../scenes/theme.ts';

const COUNT_MS = 1_800;

/** A number, what it counts, and whose count it is. */
export class FigureView extends Container implements CueView {
  private readonly number: Text;
  private readonly caption: Text;
  private readonly source: Text;
  private readonly format: Intl.NumberFormat;
  private age = 0;

  constructor(
    private readonly value: number,
    label: string,
    source: string,
    lang: string,
    private readonly approximate: boolean,
    private readonly counting: boolean,
  ) {
    super();
    this.format = new Intl.NumberFormat(lang);
    this.number = new Text({
      text: this.show(counting ? 0 : value),
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
    this.addChild(this.number, this.caption, this.source);
  }

  layout(width: number, height: number): void {
    const u = stageUnit(width, height);
    this.number.style.fontSize = Math.round(200 * u);
    this.caption.style.fontSize = Math.round(44 * u);
    balanceWrap(this.caption, width * 0.8);
    // Sources readable from 2 m: 32 px at 1080p.
    this.source.style.fontSize = Math.round(32 * u);
    this.source.style.wordWrapWidth = width * 0.8;
    this.number.y = 20 * u;
    this.caption.y = 44 * u;
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
