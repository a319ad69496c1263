// The exhibit's look on the stage: a restrained palette and two typefaces, sized by the short side.
import type { Text } from 'pixi.js';

/** Colours: near-black ground, bone text, one accent per place, rust kept for revolt. */
export const palette = {
  ground: 0x111418,
  groundLift: 0x1b2026,
  bone: 0xe8e2d6,
  muted: 0xb3ada1,
  frost: 0x8fb3c9,
  ochre: 0xc49a52,
  rust: 0xa8452f,
} as const;

/** Typefaces (from @fontsource, with Cyrillic). */
export const fonts = { serif: 'PT Serif', sans: 'PT Sans' } as const;

/** Text styles the cue views share; sizes are set in each view's layout. */
export const textStyles = {
  /** Headings and figures: the serif, bold, in bone. */
  heading: {
    fontFamily: fonts.serif,
    fontWeight: '700',
    fill: palette.bone,
    align: 'center',
    wordWrap: true,
  },
  /** Sources and subheadings: the sans, muted, slightly spaced. */
  note: {
    fontFamily: fonts.sans,
    fill: palette.muted,
    align: 'center',
    wordWrap: true,
    letterSpacing: 1,
  },
} as const;

/**
 * Type sizes in design units that several views share. The dead are never small: a death toll (a
 * figure, a map's or a memorial's toll) is set larger than any other figure on screen, its source
 * beneath it at no less than 32 px. The toll sizes are screen pixels at 1080p: multiply them by
 * `screenUnit()`, not by the visual area's `unit()` (which is 0.7 in landscape, so an ordinary
 * figure's 190 is 133 px on a 1920×1080 screen).
 */
export const typeSizes = {
  /** An ordinary figure's number. */
  figure: 200,
  /** A death toll's number: the largest type the stage sets. */
  toll: 220,
  /** What a toll counts, beneath it. */
  tollLabel: 44,
  /** Whose count a toll is, beneath its label. */
  tollSource: 32,
} as const;

let textScale = 1;

/**
 * The design unit: 1 at 1080 px on the short side, so 4K scales up and portrait keeps its sizes;
 * 1.2 times that in the visitor's larger-text mode, as the DOM's --u is.
 */
export function unit(width: number, height: number): number {
  return (Math.min(width, height) / 1080) * textScale;
}

let screenShort = 1080;

/** The stage's size, told by the stage as it lays out (sizes that must hold on the screen itself). */
export function setScreenSize(width: number, height: number): void {
  screenShort = Math.min(width, height);
}

/**
 * The design unit of the whole screen, not of the area a view is laid out in: 1 at 1080 px on the
 * screen's short side (1.2 times that with larger text). Views set sizes that must hold on the
 * screen itself with it: a toll and its source (`typeSizes`), 32 px at 1080p whatever the area.
 */
export function screenUnit(): number {
  return (screenShort / 1080) * textScale;
}

/** The part of the screen the visuals may use: the band at the bottom belongs to captions and controls. */
let roomyBand = false;

/**
 * Larger captions or text take a taller band, and the visuals make room (`.roomy` in styles.css);
 * larger text scales the stage's words too. True when anything changed.
 */
export function setAccessLayout(roomy: boolean, largeText: boolean): boolean {
  const scale = largeText ? 1.2 : 1;
  const changed = roomy !== roomyBand || scale !== textScale;
  roomyBand = roomy;
  textScale = scale;
  return changed;
}

/** The band's share of the screen height: [normal, roomy]. Keep in step with --band in styles.css. */
const BANDS = {
  portrait: [0.45, 0.52],
  // A squarer landscape screen (5:4, 4:3): the controls take two rows, so the band is taller.
  square: [0.38, 0.5],
  wide: [0.3, 0.46],
} as const;

/** The screen the stage last laid out, for `stageUnit`. */
let screen = { width: 0, height: 0 };

/**
 * The design unit for a view laid out in an area of the stage (`visualArea`, `cardArea`): taken
 * from the screen's short side, not the area's, so that a card's words are set at the sizes of the
 * design brief (a 1080p screen's area is only 756 px high, which set them at 70 %). A view laid out
 * on its own (a unit test) falls back to its own box.
 */
export function stageUnit(width: number, height: number): number {
  return width === screen.width ? unit(screen.width, screen.height) : unit(width, height);
}

/** The safe margin: 5 % of the screen's short side. No text is set closer to the screen's edge. */
export function safeMargin(): number {
  return Math.round(0.05 * screenShort);
}

export function visualArea(width: number, height: number) {
  screen = { width, height };
  const shape = height > width ? 'portrait' : width / height <= 1.6 ? 'square' : 'wide';
  const band = BANDS[shape][roomyBand ? 1 : 0];
  // With larger words the chapter's heading grows too: the visuals start below it.
  const top = roomyBand ? Math.round(170 * unit(width, height)) : 0;
  return { x: 0, y: top, width, height: Math.round(height * (1 - band)) - top };
}

/**
 * Where a card (title, figure, quote, document, timeline) is composed: the visual area below the
 * chapter's heading, so that a card is centred in the ground a visitor sees free, not under the
 * heading. Maps take the whole visual area.
 */
export function cardArea(width: number, height: number) {
  const area = visualArea(width, height);
  const top = Math.max(area.y, Math.round(150 * unit(width, height)));
  return { ...area, y: top, height: area.y + area.height - top };
}

/**
 * Wraps a text at `maxWidth` with its lines made even: the narrowest wrap that needs no more lines
 * than `maxWidth` does, so that a heading or a label never leaves one word alone on its last line.
 */
export function balanceWrap(text: Text, maxWidth: number): void {
  text.style.wordWrapWidth = maxWidth;
  const height = text.height;
  let [lo, hi] = [maxWidth / 3, maxWidth];
  while (hi - lo > 4) {
    const mid = (lo + hi) / 2;
    text.style.wordWrapWidth = mid;
    if (text.height > height + 1 || text.width > mid + 1) lo = mid;
    else hi = mid;
  }
  text.style.wordWrapWidth = hi;
}
