// Draws a video cue: the film following the narration, or its poster alone under reduced motion.
import type { CueViewFactory } from '../views.ts';
import { VideoView } from './VideoView.ts';

/** The film view for a video cue. */
export const videoView: CueViewFactory<'video'> = (cue, _lang, options) => {
  const url = (path: string) => `${options.mediaBase ?? ''}${path}`;
  const { credit, date, licence } = cue.rights;
  return new VideoView({
    films: cue.video.map(url),
    poster: url(cue.poster),
    loop: !!cue.loop,
    credit: `${credit} · ${date} · ${licence}`,
    motion: !options.reducedMotion,
    warn: (message) => options.log?.(message),
  });
};
