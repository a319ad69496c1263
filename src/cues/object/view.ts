// Draws an object cue: the photograph or drawing of the thing, its name, its provenance (or
// "Drawing · Reconstruction after …", so a drawing is never taken for a photograph), its callouts
// and its credit.
import { calloutsIn, creditLine, focusFor } from '../image/picture.ts';
import { PictureView } from '../image/PictureView.ts';
import type { CueViewFactory } from '../views.ts';
import { object, objectMedium, provenanceLine } from './index.ts';

/** The picture view for an object cue. */
export const objectView: CueViewFactory<'object'> = (cue, lang, options) => {
  const words = object.words[lang as keyof typeof object.words] ?? object.words.en;
  const medium = words.medium[objectMedium(cue)];
  return new PictureView({
    mediaBase: options.mediaBase ?? '/media/',
    path: (cue.drawing ?? cue.image)!,
    landscape: focusFor(cue.view, false),
    portrait: focusFor(cue.view, true),
    callouts: calloutsIn(cue.callouts, lang),
    heading: cue.name[lang] ?? '',
    // A drawing says so first, on the line a visitor reads right under the name.
    line: cue.drawing
      ? `${medium} · ${provenanceLine(cue, lang, words)}`
      : provenanceLine(cue, lang, words),
    // A drawing said so on the line above; the credit need not say it twice.
    credit: cue.drawing
      ? `${cue.rights.credit}, ${cue.rights.date} · ${cue.rights.licence}`
      : creditLine(medium, cue.rights),
    motion: !options.reducedMotion,
    log: options.log,
  });
};
