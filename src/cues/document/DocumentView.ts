// The document cue: a typed page (a list of demands, a leaflet) whose lines appear one by one,
// with whose document it is beneath. The page shrinks to fit rather than run off the stage.
import { Container, Graphics, Text } from 'pixi.js';
import { ease } from '../../scenes/Scene.ts';
import { balanceWrap, fonts, palette, stageUnit, textStyles } from '../../scenes/theme.ts';

const FIRST_LINE_MS = 900;
const LINE_MS = 1_300;
const LINE_FADE_MS = 700;

/** A document page for one language. */
export class DocumentView extends Container {
  private readonly page = new Container();
  private readonly paper = new Graphics();
  private readonly heading: Text;
  private readonly lines: Text[];
  private readonly source: Text;
  private age = 0;
  private rise = 0;

  constructor(
    heading: string,
    lines: string[],
    source: string,
    private readonly motion: boolean,
  ) {
    super();
    this.heading = new Text({
      text: heading.toLocaleUpperCase(),
      style: { ...textStyles.note, fill: palette.ochre, letterSpacing: 3, align: 'left' },
    });
    this.lines = lines.map(
      (line) =>
        new Text({
          text: line,
          style: { fontFamily: fonts.serif, fill: palette.bone, wordWrap: true, align: 'left' },
        }),
    );
    this.source = new Text({ text: source, style: { ...textStyles.note } });
    this.source.anchor.set(0.5, 0);
    for (const l of this.lines) l.alpha = 0;
    this.page.addChild(this.paper, this.heading, ...this.lines);
    this.addChild(this.page, this.source);
  }

  layout(width: number, height: number): void {
    const u = stageUnit(width, height);
    const pageWidth = Math.min(width * 0.78, 1000 * u);
    const pad = 48 * u;
    this.heading.style.fontSize = Math.round(32 * u);
    this.heading.style.wordWrapWidth = pageWidth - 2 * pad;
    this.heading.position.set(pad, pad);
    let y = pad + this.heading.height + 28 * u;
    for (const line of this.lines) {
      line.style.fontSize = Math.round(36 * u);
      line.style.lineHeight = Math.round(46 * u);
      line.style.wordWrapWidth = pageWidth - 2 * pad - 30 * u;
      line.position.set(pad + 30 * u, y);
      y += line.height + 14 * u;
    }
    const pageHeight = y + pad - 14 * u;
    this.paper
      .clear()
      .rect(0, 0, pageWidth, pageHeight)
      .fill({ color: palette.groundLift, alpha: 0.92 })
      .stroke({ color: palette.muted, alpha: 0.35, width: Math.max(1, u) });
    // A dash before each line, as on a typed list.
    for (const line of this.lines)
      this.paper.rect(pad, line.y + 23 * u, 14 * u, 2 * u).fill({ color: palette.muted });
    this.source.style.fontSize = Math.round(32 * u);
    balanceWrap(this.source, pageWidth);
    const total = pageHeight + 20 * u + this.source.height;
    const fit = Math.min(1, (height * 0.92) / total);
    this.page.scale.set(fit);
    this.page.position.set((-pageWidth * fit) / 2, (-total * fit) / 2);
    this.source.position.set(0, this.page.y + (pageHeight + 20 * u) * fit);
    this.source.scale.set(fit);
    this.rise = 10 * u;
  }

  update(deltaMs: number): void {
    this.age += deltaMs;
    this.lines.forEach((line, i) => {
      const t = ease((this.age - FIRST_LINE_MS - i * LINE_MS) / LINE_FADE_MS);
      line.alpha = t;
      if (this.motion) line.pivot.y = -this.rise * (1 - t);
    });
  }
}
