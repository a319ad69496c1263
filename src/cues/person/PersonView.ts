// The person cue: a protagonist's card. A frame on the left holds their portrait where one exists,
// or stays empty with the words "No photograph" (never an invented face); beside it the name large
// in the serif, the years, the role, what became of them and, small, whose account it is.
import { Container, Graphics, Sprite, Text, Texture } from 'pixi.js';
import { loadPicture, releasePicture } from '../../scenes/picture.ts';
import { fonts, palette, stageUnit, textStyles } from '../../scenes/theme.ts';

/** The card's words in one language, and its portrait if any. */
export interface PersonParts {
  name: string;
  years: string;
  role: string;
  fate: string;
  source: string;
  /** "No photograph", in the visitor's language. */
  noPhotograph: string;
  portrait?: { url: string; credit: string };
  warn: (message: string, detail?: unknown) => void;
}

/** Width over height of the portrait frame (a studio or passport photograph). */
const FRAME_ASPECT = 3 / 4;

/** A protagonist's card for one language. */
export class PersonView extends Container {
  /** Its texts reach the safe margins: no drift (CueView.drifts). */
  readonly drifts = false;
  private readonly card = new Container();
  private readonly frame = new Graphics();
  private readonly picture = new Sprite(Texture.EMPTY);
  private readonly empty: Text | undefined;
  private readonly credit: Text | undefined;
  private readonly who: Text;
  private readonly years: Text;
  private readonly role: Text;
  private readonly fate: Text;
  private readonly source: Text;
  private portrait: Texture | undefined;
  private size: { width: number; height: number } | undefined;
  private gone = false;

  constructor(parts: PersonParts) {
    super();
    const detail = {
      fontFamily: fonts.sans,
      fill: palette.bone,
      wordWrap: true,
      align: 'left',
    } as const;
    this.who = new Text({
      text: parts.name,
      style: { ...textStyles.heading, align: 'left' },
    });
    this.years = new Text({ text: parts.years, style: { ...detail, fill: palette.muted } });
    this.role = new Text({ text: parts.role, style: detail });
    this.fate = new Text({ text: parts.fate, style: detail });
    this.source = new Text({ text: parts.source, style: { ...textStyles.note, align: 'left' } });
    this.picture.visible = false;
    this.card.addChild(this.frame, this.picture);
    if (parts.portrait) {
      this.credit = new Text({
        text: parts.portrait.credit,
        style: { ...textStyles.note, align: 'left', letterSpacing: 0.5 },
      });
      this.card.addChild(this.credit);
      this.loadPortrait(parts.portrait.url, parts.warn);
    } else {
      this.empty = new Text({
        text: parts.noPhotograph,
        style: { ...textStyles.note, fontStyle: 'italic' },
      });
      this.empty.anchor.set(0.5);
      this.card.addChild(this.empty);
    }
    this.card.addChild(this.who, this.years, this.role, this.fate, this.source);
    this.addChild(this.card);
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    const u = stageUnit(width, height);
    // Below the chapter's heading (top left), clear of the caption band.
    const [roomTop, roomBottom] = [-height / 2 + 150 * u, height / 2 - 24 * u];
    const frameHeight = Math.min((roomBottom - roomTop) * 0.86, 520 * u);
    const frameWidth = frameHeight * FRAME_ASPECT;
    const gap = 56 * u;
    const column = Math.min(width * 0.88 - frameWidth - gap, 900 * u);
    const line = Math.max(1, 1.5 * u);
    // The frame: a mount around the picture, or around nothing at all.
    this.frame
      .clear()
      .rect(0, 0, frameWidth, frameHeight)
      .fill({ color: palette.groundLift })
      .stroke({ color: palette.muted, alpha: 0.5, width: line })
      .rect(14 * u, 14 * u, frameWidth - 28 * u, frameHeight - 28 * u)
      .stroke({ color: palette.muted, alpha: 0.2, width: line });
    if (this.empty) {
      this.empty.style.fontSize = Math.round(28 * u);
      this.empty.style.wordWrapWidth = frameWidth - 56 * u;
      this.empty.position.set(frameWidth / 2, frameHeight / 2);
    }
    this.fitPicture(frameWidth, frameHeight, 20 * u);
    let below = frameHeight;
    if (this.credit) {
      this.credit.style.fontSize = Math.round(26 * u);
      this.credit.style.lineHeight = Math.round(32 * u);
      this.credit.style.wordWrapWidth = frameWidth; // never under the words beside it
      this.credit.position.set(0, frameHeight + 12 * u);
      below = frameHeight + 12 * u + this.credit.height;
    }
    // The words, beside the frame.
    const x = frameWidth + gap;
    this.who.style.fontSize = Math.round(68 * u);
    this.who.style.lineHeight = Math.round(78 * u);
    for (const t of [this.years, this.role, this.fate]) {
      t.style.fontSize = Math.round(34 * u);
      t.style.lineHeight = Math.round(44 * u);
    }
    this.source.style.fontSize = Math.round(28 * u);
    let y = 0;
    const place = (t: Text, space: number) => {
      t.style.wordWrapWidth = column;
      t.position.set(x, y);
      y += t.height + space * u;
    };
    // Where no year is known the card has no years line; the role follows the name.
    place(this.who, this.years.text ? 6 : 30);
    if (this.years.text) place(this.years, 30);
    place(this.role, 18);
    place(this.fate, 34);
    place(this.source, 0);
    // The words centred on the frame; the whole card scaled down where the area is small.
    const wordsTop = Math.max(0, (frameHeight - y) / 2);
    for (const t of [this.who, this.years, this.role, this.fate, this.source]) t.y += wordsTop;
    const cardWidth = x + column;
    const cardHeight = Math.max(below, wordsTop + y);
    const fit = Math.min(1, (width * 0.92) / cardWidth, (roomBottom - roomTop) / cardHeight);
    const usedWidth =
      x +
      Math.max(...[this.who, this.years, this.role, this.fate, this.source].map((t) => t.width));
    this.card.scale.set(fit);
    this.card.position.set(
      (-usedWidth * fit) / 2,
      (roomTop + roomBottom) / 2 - (cardHeight * fit) / 2,
    );
  }

  override destroy(options?: Parameters<Container['destroy']>[0]): void {
    this.gone = true;
    this.picture.texture = Texture.EMPTY;
    if (this.portrait) releasePicture(this.portrait);
    this.portrait = undefined;
    super.destroy(options);
  }

  /** The portrait whole inside the frame's inner mount (never cropped), centred. */
  private fitPicture(frameWidth: number, frameHeight: number, inset: number): void {
    const t = this.portrait;
    if (!t) return;
    const room = { w: frameWidth - 2 * inset, h: frameHeight - 2 * inset };
    const scale = Math.min(room.w / t.width, room.h / t.height);
    this.picture.setSize(t.width * scale, t.height * scale);
    this.picture.position.set(
      (frameWidth - t.width * scale) / 2,
      (frameHeight - t.height * scale) / 2,
    );
  }

  private loadPortrait(url: string, warn: PersonParts['warn']): void {
    loadPicture(url).then(
      (texture) => {
        if (this.gone) return releasePicture(texture);
        this.portrait = texture;
        this.picture.texture = texture;
        this.picture.visible = true;
        if (this.size) this.layout(this.size.width, this.size.height);
      },
      (e: unknown) => warn(`portrait ${url} could not be shown`, e),
    );
  }
}
