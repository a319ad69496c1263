// The studio's preview: the real kiosk (`/?exhibit=<id>&preview=1`, src/app/preview.ts) in an
// iframe at a kiosk's own size (1920×1080 or 1080×1920), scaled down to fit its box, driven by
// postMessage (PreviewCommand / PreviewEvent in ../api.ts). The bar around it (orientation,
// language, sentence, play) is the studio app's; this is the handle it drives.
// It imports types only, so it runs as it is in any page of the studio's origin.
import type { PreviewCommand, PreviewEvent } from '../api.ts';

/** A kiosk screen's two ways up. */
export type Orientation = 'landscape' | 'portrait';

/** The kiosk's size in CSS pixels for each orientation. */
export const KIOSK_SIZE: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

/** What `mountPreview` is given. */
export interface PreviewOptions {
  /** The exhibit's id. */
  exhibit: string;
  orientation?: Orientation;
  /** Where the kiosk is served (default `/`, the studio's own server). */
  base?: string;
  /** The iframe's accessible name. */
  title?: string;
}

/** The preview, as the studio's page drives it. */
export interface PreviewHandle {
  /**
   * The content to show instead of what is on disk: path under the content root -> value (every
   * file that differs from disk; the others are read from disk). Each call replaces the last.
   */
  setFiles(files: Record<string, unknown>): void;
  /** Shows that chapter (id) at that sentence (0-based) in that language, paused. */
  show(chapter: string, sentence: number, lang: string): void;
  setOrientation(orientation: Orientation): void;
  /** Plays on from where it is, with the voiced narration where there is one. */
  play(): void;
  pause(): void;
  /** Calls `listener` with every event the kiosk sends; returns a function that stops it. */
  onEvent(listener: (event: PreviewEvent) => void): () => void;
  /** The iframe (for focus, or a screenshot's bounds). */
  readonly frame: HTMLIFrameElement;
  /** Whether the kiosk in the frame has said it is ready. */
  readonly ready: boolean;
  destroy(): void;
}

/**
 * Mounts the kiosk in `el` (which gives the box: it fills it, keeping the kiosk's proportions).
 * Commands given before the kiosk is ready, or while it reloads, are kept and sent once it is:
 * the latest files, then the latest place, then play or pause.
 */
export function mountPreview(el: HTMLElement, options: PreviewOptions): PreviewHandle {
  const base = options.base ?? '/';
  let orientation: Orientation = options.orientation ?? 'landscape';
  let ready = false;
  let files: Record<string, unknown> | null = null;
  let place: { chapter: string; sentence: number; lang: string } | null = null;
  let playing = false;
  const listeners = new Set<(event: PreviewEvent) => void>();

  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const box = doc.createElement('div');
  box.className = 'kiosk-preview';
  box.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;';
  const frame = doc.createElement('iframe');
  frame.title = options.title ?? 'Kiosk preview';
  frame.allow = 'autoplay';
  frame.src = `${base}?exhibit=${encodeURIComponent(options.exhibit)}&preview=1`;
  frame.style.cssText =
    'position:absolute;left:0;top:0;border:0;transform-origin:0 0;background:#000;';
  box.append(frame);
  el.append(box);

  /** Kiosk size, scaled to fit the box whole and centred in it. */
  const fit = () => {
    const { width, height } = KIOSK_SIZE[orientation];
    const w = box.clientWidth || el.clientWidth;
    const h = box.clientHeight || el.clientHeight;
    const scale = w && h ? Math.min(w / width, h / height) : 1;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    const x = Math.max(0, (w - width * scale) / 2);
    const y = Math.max(0, (h - height * scale) / 2);
    frame.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
  };
  fit();
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : undefined;
  resize?.observe(box);

  const post = (command: PreviewCommand) => {
    if (ready) frame.contentWindow?.postMessage(command, win.location.origin);
  };
  /** Everything the kiosk should know, after it (re)started. */
  const catchUp = () => {
    if (files) post({ type: 'preview.content', exhibit: options.exhibit, files });
    if (place) post({ type: 'preview.show', ...place });
    if (playing) post({ type: 'preview.play' });
  };

  const onMessage = (e: MessageEvent<unknown>) => {
    if (e.source !== frame.contentWindow || e.origin !== win.location.origin) return;
    const event = e.data as PreviewEvent | null;
    if (!event || typeof event !== 'object' || !String(event.type).startsWith('preview.')) return;
    if (event.type === 'preview.ready') {
      ready = true;
      catchUp();
    }
    for (const listener of listeners) listener(event);
  };
  win.addEventListener('message', onMessage);
  // A reload of the frame (the dev server's, after a code change) waits for its ready again.
  frame.addEventListener('load', () => {
    frame.contentWindow?.addEventListener('pagehide', () => (ready = false));
  });

  return {
    frame,
    get ready() {
      return ready;
    },
    setFiles(next) {
      files = next;
      post({ type: 'preview.content', exhibit: options.exhibit, files: next });
    },
    show(chapter, sentence, lang) {
      place = { chapter, sentence, lang };
      playing = false;
      post({ type: 'preview.show', ...place });
    },
    setOrientation(next) {
      orientation = next;
      fit();
    },
    play() {
      playing = true;
      post({ type: 'preview.play' });
    },
    pause() {
      playing = false;
      post({ type: 'preview.pause' });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      resize?.disconnect();
      win.removeEventListener('message', onMessage);
      listeners.clear();
      box.remove();
    },
  };
}
