// Counting flashes in a luminance series sampled at 60 per second (WCAG 2.3.1's general flash
// threshold: a flash is a pair of opposing changes of 10 % or more of relative luminance, the
// darker state under 0.8).

/** Most flashes (pairs of opposing ≥ 10 % swings, the darker state under 0.8) in any 1 s. */
export function worstFlashesPerSecond(l: number[]): number {
  const swings: number[] = []; // frame index of each swing's end
  let anchor = 0;
  let dir = 0;
  for (let i = 1; i < l.length; i++) {
    const d = l[i]! - l[anchor]!;
    if (Math.abs(d) >= 0.1 && Math.min(l[i]!, l[anchor]!) < 0.8 && Math.sign(d) !== dir) {
      swings.push(i);
      dir = Math.sign(d);
      anchor = i;
    } else if ((dir >= 0 && l[i]! > l[anchor]!) || (dir <= 0 && l[i]! < l[anchor]!)) anchor = i;
  }
  let worst = 0;
  for (const start of swings)
    worst = Math.max(worst, swings.filter((s) => s >= start && s < start + 60).length);
  return Math.floor(worst / 2);
}
