// The exhibit's look on the stage: a restrained palette and two typefaces, sized by the short side.

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
  figure: 190,
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

export function visualArea(width: number, height: number) {
  const portrait = height > width;
  // Keep in step with --band in src/ui/styles.css.
  const band = portrait ? (roomyBand ? 0.52 : 0.45) : roomyBand ? 0.46 : 0.3;
  // With larger words the chapter's heading grows too: the visuals start below it.
  const top = roomyBand ? Math.round(170 * unit(width, height)) : 0;
  return { x: 0, y: top, width, height: Math.round(height * (1 - band)) - top };
}
