// The video cue: a muted film clip in a frame, its credit line beneath. The narration keeps the
// clock (film.ts): paused with it, sought with it, and on a frozen stage set to the frame of the
// narration's time. The poster lies under the film: it is what shows until the first frame plays,
// under reduced motion and in the attract montage (no film is loaded at all), and when the film
// cannot be played.
import { Container, Graphics, Sprite, Text, Texture, VideoSource } from 'pixi.js';
import { loadPicture, releasePicture } from '../../scenes/picture.ts';
import { fonts, palette, stageUnit } from '../../scenes/theme.ts';
import { followStep, liveFilms, nextLead } from './film.ts';
import type { CueClock } from '../../scenes/CueView.ts';

/** The MIME type a browser is asked about for a film file. */
const MIME: Record<string, string> = { webm: 'video/webm', mp4: 'video/mp4' };

/** What the view is made of, resolved for one language. */
export interface FilmParts {
  /** Film URLs, best first. */
  films: string[];
  poster: string;
  loop: boolean;
  /** The credit line: credit, date and licence. */
  credit: string;
  /** False under reduced motion: the poster alone. */
  motion: boolean;
  /** Logs a problem for the technician (once per message). */
  warn: (message: string, detail?: unknown) => void;
}

/** One film element and the texture it is drawn through. */
interface Film {
  video: HTMLVideoElement;
  texture: Texture<VideoSource>;
}

/** A film clip following the narration. */
export class VideoView extends Container {
  /** Its texts reach the safe margins: no drift (CueView.drifts). */
  readonly drifts = false;
  private readonly frame = new Graphics();
  private readonly poster = new Sprite(Texture.EMPTY);
  private readonly screen = new Sprite(Texture.EMPTY);
  private readonly credit: Text;
  private posterTexture: Texture | undefined;
  private film: Film | undefined;
  private filmShown = false;
  /** Width over height of the picture; the poster's, then the film's own. */
  private aspect = 16 / 9;
  private size: { width: number; height: number } | undefined;
  /** Seconds into the cue, extrapolated between the narration's reports while it runs. */
  private elapsed = 0;
  private reported = Number.NaN;
  private running = false;
  /** How far ahead a playing film seeks (s): how long its seeks have been taking. */
  private lead = 0;
  /** When the seek under way was asked for (performance.now(), ms), if it counts for `lead`. */
  private seekAsked: number | undefined;
  private started = false;
  private gone = false;

  constructor(private readonly parts: FilmParts) {
    super();
    this.credit = new Text({
      text: parts.credit,
      style: {
        fontFamily: fonts.sans,
        fill: palette.muted,
        wordWrap: true,
        align: 'left',
        letterSpacing: 0.5,
      },
    });
    this.poster.visible = false;
    this.screen.visible = false;
    this.addChild(this.frame, this.poster, this.screen, this.credit);
    loadPicture(parts.poster).then(
      (texture) => {
        if (this.gone) return releasePicture(texture);
        this.posterTexture = texture;
        this.poster.texture = texture;
        this.poster.visible = true;
        if (!this.filmShown) this.aspect = texture.width / texture.height;
        this.relayout();
      },
      (e: unknown) => parts.warn(`film poster ${parts.poster} could not be shown`, e),
    );
  }

  /** The narration's clock: seconds since this cue began, and whether the narration runs. */
  follow({ elapsed, running }: CueClock): void {
    if (elapsed !== this.reported) this.elapsed = this.reported = elapsed;
    this.running = running;
    // The film is loaded once a narration drives it: the attract montage, which has none, shows
    // the poster alone, as reduced motion does.
    if (!this.started && this.parts.motion) {
      this.started = true;
      this.play(this.playable());
    }
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    const u = stageUnit(width, height);
    const gap = 14 * u;
    const maxWidth = width * 0.88;
    // Below the chapter's heading (top left), clear of the caption band.
    const [roomTop, roomBottom] = [-height / 2 + 150 * u, height / 2 - 24 * u];
    this.credit.style.fontSize = Math.round(26 * u);
    this.credit.style.lineHeight = Math.round(34 * u);
    this.credit.style.wordWrapWidth = Math.min(maxWidth, 1100 * u);
    const room = roomBottom - roomTop - this.credit.height - gap;
    const w = Math.min(maxWidth, room * this.aspect);
    const h = w / this.aspect;
    this.credit.style.wordWrapWidth = Math.max(w, 480 * u);
    const top = (roomTop + roomBottom) / 2 - (h + gap + this.credit.height) / 2;
    const line = Math.max(1, u);
    this.frame
      .clear()
      .rect(-w / 2 - line, top - line, w + 2 * line, h + 2 * line)
      .fill({ color: palette.groundLift })
      .stroke({ color: palette.muted, alpha: 0.35, width: line });
    for (const s of [this.poster, this.screen]) {
      s.position.set(-w / 2, top);
      s.setSize(w, h);
    }
    this.credit.position.set(-w / 2, top + h + gap);
  }

  update(deltaMs: number): void {
    const film = this.film;
    if (!film) return;
    // Between the narration's reports (every 0.1 s, later on a busy machine) its time runs on;
    // not far past the last one, should the voice stall.
    if (this.running) this.elapsed = Math.min(this.elapsed + deltaMs / 1000, this.reported + 1.5);
    const video = film.video;
    if (!this.filmShown && video.readyState >= 2 && !video.seeking) {
      film.texture.source.update();
      this.screen.texture = film.texture;
      this.screen.visible = true;
      this.filmShown = true;
      this.aspect = video.videoWidth / video.videoHeight;
      this.relayout();
    }
    if (video.readyState < 1 || !(video.duration > 0)) return;
    if (this.seekAsked !== undefined && !video.seeking) {
      this.lead = nextLead(this.lead, (performance.now() - this.seekAsked) / 1000);
      this.seekAsked = undefined;
    }
    const step = followStep(
      {
        current: video.currentTime,
        duration: video.duration,
        loop: this.parts.loop,
        seeking: video.seeking,
      },
      this.elapsed,
      this.running,
      this.lead,
    );
    if (step.seek !== undefined) {
      video.currentTime = step.seek;
      this.seekAsked = step.play ? performance.now() : undefined;
    }
    if (step.play && video.paused)
      video.play().catch(() => undefined); // a pause came first
    else if (!step.play && !video.paused) video.pause();
  }

  override destroy(options?: Parameters<Container['destroy']>[0]): void {
    this.gone = true;
    this.release();
    this.poster.texture = Texture.EMPTY;
    if (this.posterTexture) releasePicture(this.posterTexture);
    this.posterTexture = undefined;
    super.destroy(options);
  }

  /** The film URLs this browser can play, best first. */
  private playable(): string[] {
    const probe = document.createElement('video');
    return this.parts.films.filter((url) => {
      const mime = MIME[url.slice(url.lastIndexOf('.') + 1).toLowerCase()];
      return !!mime && probe.canPlayType(mime) !== '';
    });
  }

  /** Loads the first of `urls`; on failure the next; with none left, the poster stays. */
  private play(urls: string[]): void {
    const [url, ...rest] = urls;
    if (!url) {
      this.parts.warn(
        `film ${this.parts.films.join(', ')} could not be played: its poster is shown instead`,
      );
      return;
    }
    const video = document.createElement('video');
    video.muted = true;
    video.defaultMuted = true;
    video.playsInline = true;
    video.preload = 'auto';
    video.loop = this.parts.loop;
    video.disableRemotePlayback = true;
    video.src = url;
    liveFilms.add(video);
    const source = new VideoSource({ resource: video, autoPlay: false, autoLoad: false });
    this.film = { video, texture: new Texture({ source }) };
    source.load().catch(() => {
      if (this.gone || this.film?.video !== video) return;
      this.release();
      this.play(rest);
    });
  }

  /** Stops and frees the film: paused, emptied, its texture and source destroyed. */
  private release(): void {
    const film = this.film;
    if (!film) return;
    this.film = undefined;
    this.filmShown = false;
    this.screen.texture = Texture.EMPTY;
    this.screen.visible = false;
    film.video.pause();
    film.texture.destroy(true); // VideoSource.destroy: pause, empty src, load()
    film.video.removeAttribute('src');
    film.video.load();
    liveFilms.delete(film.video);
  }

  private relayout(): void {
    if (this.size) this.layout(this.size.width, this.size.height);
  }
}
