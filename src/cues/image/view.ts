// Draws an image cue: the picture framed for the screen's shape, its callouts and its credit.
import type { CueViewFactory } from '../views.ts';
import { calloutsIn, creditLine, focusFor, pictureWords } from './picture.ts';
import { PictureView } from './PictureView.ts';

/** The picture view for an image cue. */
export const imageView: CueViewFactory<'image'> = (cue, lang, options) =>
  new PictureView({
    mediaBase: options.mediaBase ?? '/media/',
    path: cue.image,
    landscape: focusFor(cue.view, false),
    portrait: focusFor(cue.view, true),
    callouts: calloutsIn(cue.callouts, lang),
    credit: creditLine(pictureWords(lang).medium[cue.medium], cue.rights),
    motion: !options.reducedMotion,
    log: options.log,
  });
