// Every colour the stage sets text in reaches WCAG's 4.5:1 against the lightest ground it can sit
// on: the top of the CSS pool of light (#1c2127) and the document page (groundLift).
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/scenes/theme.ts';

function luminance(rgb: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255].map(channel);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colours on the stage: headings, notes and labels, document headings, route-map accents. */
const TEXT = {
  bone: palette.bone,
  muted: palette.muted,
  ochre: palette.ochre,
  frost: palette.frost,
};
const GROUNDS = { poolOfLight: 0x1c2127, groundLift: palette.groundLift, ground: palette.ground };

describe('text contrast on the stage', () => {
  for (const [name, colour] of Object.entries(TEXT))
    for (const [groundName, ground] of Object.entries(GROUNDS))
      it(`${name} on ${groundName} is at least 4.5:1`, () => {
        expect(contrast(colour, ground)).toBeGreaterThanOrEqual(4.5);
      });

  it('the measure itself: white on black is 21:1, a colour on itself 1:1', () => {
    expect(contrast(0xffffff, 0x000000)).toBeCloseTo(21, 5);
    expect(contrast(palette.muted, palette.muted)).toBe(1);
  });
});
