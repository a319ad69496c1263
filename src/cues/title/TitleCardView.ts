// The title card cue: a heading set large in the serif, a short rule, an optional line beneath.
import { Container, Graphics, Text } from 'pixi.js';
import { palette, textStyles, unit } from '../../scenes/theme.ts';

/** A title card for one language. */
export class TitleCardView extends Container {
  private readonly heading: Text;
  private readonly rule = new Graphics();
  private readonly subheading: Text | undefined;

  constructor(heading: string, subheading?: string, accent: number = palette.frost) {
    super();
    this.heading = new Text({
      text: heading,
      style: { ...textStyles.heading },
    });
    this.heading.anchor.set(0.5, 1);
    this.rule.rect(-1, 0, 2, 1).fill(accent);
    this.addChild(this.heading, this.rule);
    if (subheading) {
      this.subheading = new Text({
        text: subheading,
        style: { ...textStyles.note },
      });
      this.subheading.anchor.set(0.5, 0);
      this.addChild(this.subheading);
    }
  }

  /** Centres the card in a box of this size; the card's origin becomes the box centre. */
  layout(width: number, height: number): void {
    const u = unit(width, height);
    const wrap = width * 0.8;
    this.heading.style.fontSize = Math.round(88 * u);
    this.heading.style.lineHeight = Math.round(100 * u);
    this.heading.style.wordWrapWidth = wrap;
    this.heading.y = -18 * u;
    this.rule.scale.set(60 * u, 3 * u);
    this.rule.y = 0;
    if (this.subheading) {
      this.subheading.style.fontSize = Math.round(38 * u);
      this.subheading.style.wordWrapWidth = wrap;
      this.subheading.y = 26 * u;
    }
  }
}
