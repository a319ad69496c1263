// The title card cue: a heading set large in the serif, a short rule, an optional line beneath.
import { Container, Graphics, Text } from 'pixi.js';
import { balanceWrap, palette, stageUnit, textStyles } from '../../scenes/theme.ts';

/** A title card for one language. */
export class TitleCardView extends Container {
  private readonly block = new Container();
  private readonly heading: Text;
  private readonly rule = new Graphics();
  private readonly subheading: Text | undefined;

  constructor(
    heading: string,
    subheading?: string,
    accent: number = palette.frost,
    /** The heading's size at 1080p: larger for the exhibit's title in the attract loop. */
    private readonly size = 88,
  ) {
    super();
    this.heading = new Text({
      text: heading,
      style: { ...textStyles.heading },
    });
    this.heading.anchor.set(0.5, 1);
    this.rule.rect(-1, 0, 2, 1).fill(accent);
    this.block.addChild(this.heading, this.rule);
    this.addChild(this.block);
    if (subheading) {
      this.subheading = new Text({
        text: subheading,
        style: { ...textStyles.note },
      });
      this.subheading.anchor.set(0.5, 0);
      this.block.addChild(this.subheading);
    }
  }

  /** Centres the card in a box of this size; the card's origin becomes the box centre. */
  layout(width: number, height: number): void {
    const u = stageUnit(width, height);
    const wrap = width * 0.8;
    const s = this.size / 88;
    this.heading.style.fontSize = Math.round(this.size * u);
    this.heading.style.lineHeight = Math.round(100 * s * u);
    balanceWrap(this.heading, wrap);
    this.heading.y = -18 * s * u;
    this.rule.scale.set(60 * s * u, 3 * u);
    this.rule.y = 0;
    let bottom = 0;
    if (this.subheading) {
      this.subheading.style.fontSize = Math.round(38 * Math.sqrt(s) * u);
      balanceWrap(this.subheading, wrap);
      this.subheading.y = 26 * s * u;
      bottom = this.subheading.y + this.subheading.height;
    }
    // The whole card, centred, and smaller rather than crowding the heading or the captions.
    const top = this.heading.height + 18 * s * u;
    const fit = Math.min(1, (height * 0.9) / (top + bottom));
    this.block.scale.set(fit);
    this.block.pivot.y = (bottom - top) / 2;
  }
}
