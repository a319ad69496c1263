// The quotation cue: words a source records, set large in the serif between the language's own
// quotation marks, with who said them and the source that records them beneath.
import { Container, Graphics, Text } from 'pixi.js';
import { balanceWrap, fonts, palette, stageUnit, textStyles } from '../../scenes/theme.ts';

/** A quotation for one language, between that language's quotation marks (src/i18n/). */
export class QuoteView extends Container {
  private readonly block = new Container();
  private readonly quote: Text;
  private readonly rule = new Graphics();
  private readonly attribution: Text;
  private readonly source: Text;

  constructor(
    text: string,
    attribution: string,
    source: string,
    [open, close]: readonly [string, string],
  ) {
    super();
    this.quote = new Text({
      text: `${open}${text}${close}`,
      style: {
        ...textStyles.heading,
        fontFamily: fonts.serif,
        fontStyle: 'italic',
        fontWeight: '400',
      },
    });
    this.quote.anchor.set(0.5, 1);
    this.attribution = new Text({
      text: `— ${attribution}`,
      style: { ...textStyles.note, fill: palette.bone },
    });
    this.attribution.anchor.set(0.5, 0);
    this.source = new Text({ text: source, style: { ...textStyles.note } });
    this.source.anchor.set(0.5, 0);
    this.rule.rect(-1, 0, 2, 1).fill(palette.ochre);
    this.block.addChild(this.quote, this.rule, this.attribution, this.source);
    this.addChild(this.block);
  }

  layout(width: number, height: number): void {
    const u = stageUnit(width, height);
    const wrap = Math.min(width * 0.8, 1500 * u);
    // Long quotations step down in size rather than crowd the stage.
    const size = this.quote.text.length > 90 ? 56 : 68;
    this.quote.style.fontSize = Math.round(size * u);
    this.quote.style.lineHeight = Math.round(size * 1.25 * u);
    balanceWrap(this.quote, wrap);
    this.quote.y = -10 * u;
    this.rule.scale.set(48 * u, 3 * u);
    this.rule.y = 14 * u;
    this.attribution.style.fontSize = Math.round(36 * u);
    this.attribution.style.wordWrapWidth = wrap;
    this.attribution.y = 40 * u;
    this.source.style.fontSize = Math.round(32 * u);
    this.source.style.wordWrapWidth = wrap;
    this.source.y = this.attribution.y + this.attribution.height + 12 * u;
    // Keep the whole block inside the visual area.
    const top = this.quote.height + 10 * u;
    const bottom = this.source.y + this.source.height;
    const fit = Math.min(1, (height * 0.9) / (top + bottom));
    this.block.scale.set(fit);
    this.block.pivot.y = (bottom - top) / 2;
  }
}
