// The boot loader: fetches and validates the exhibit, then preloads every media file and the
// fonts, reporting progress so the boot screen can show a bar.
import { fromCallback } from 'xstate';
import { ContentLoadError, formatError } from '../content/errors.ts';
import { loadExhibit } from '../content/load.ts';
import { checkResponse } from '../content/fetchText.ts';
import { FileProblem } from '../content/limits.ts';
import { fetchReader } from '../content/reader.ts';
import type { Exhibit } from '../content/types.ts';
import type { LoaderInput } from '../machine/types.ts';

/** What the loader needs from the page besides content. */
export interface LoaderOptions {
  /** Base URL of the kiosk, e.g. "/". */
  base: string;
  /** Loads the typefaces the stage draws with. */
  loadFonts: () => Promise<unknown>;
  /** Loads the exhibit's extension (its base map, its atmospheres), whose layer names the content may use. */
  extension?: (id: string) => Promise<{ atmospheres: Record<string, unknown> }>;
  /** Receives the full list of problems when loading fails (for the log, never the visitor). */
  report: (message: string) => void;
  /** Receives a problem found after boot (a media file missing), for the log. */
  warn: (message: string) => void;
  /** Adjusts the loaded exhibit (this kiosk's settings: idle timings, starting language). */
  adjust?: (exhibit: Exhibit) => Exhibit;
}

/** The loader actor. */
export function loaderActor(options: LoaderOptions) {
  return fromCallback<{ type: string }, LoaderInput>(({ input, sendBack }) => {
    let cancelled = false;
    const run = async () => {
      // The typefaces and the base map load while the content is read, not after it.
      const fonts = options.loadFonts();
      fonts.catch(() => undefined); // awaited below; not "unhandled" if the content fails first
      const extension = options.extension?.(input.exhibitId);
      extension?.catch(() => undefined);
      // Progress: each chapter read, then the typefaces, then each file preloaded.
      let total = 1;
      let loaded = 0;
      const report = () => !cancelled && sendBack({ type: 'boot.progress', loaded, total });
      const reader = fetchReader(input.exhibitId, options.base);
      reader.extensionAtmospheres = async () => Object.keys((await extension)?.atmospheres ?? {});
      const fromFiles = await loadExhibit(reader, {
        checkMedia: false,
        progress: (done, chapters) => {
          total = chapters + 1;
          loaded = done;
          report();
        },
      });
      const exhibit = options.adjust ? options.adjust(fromFiles) : fromFiles;
      total = exhibit.chapters.length + 1 + exhibit.media.length;
      const step = () => {
        loaded++;
        report();
      };
      await Promise.all([fonts, extension]);
      step();
      for (const url of exhibit.media) {
        const problem = await fetchMedia(url);
        if (problem) throw new Error(`${url}: ${problem}`);
        step();
      }
      return exhibit;
    };
    // After boot (the loader itself is stopped then), one at a time and never in the way: the
    // narration, the other beds and the audio description. Fetched once, the service worker keeps
    // them for offline use. A missing file is logged (boot did not ask for each one); with the
    // server gone, it stops at the first failure and tries again at the next boot.
    const later = async (urls: string[]) => {
      for (const url of urls) {
        const problem = await fetchMedia(url).catch(() => 'offline');
        if (problem === 'offline') return;
        if (problem) options.warn(`media file ${url}: ${problem}`);
      }
    };
    run().then(
      (exhibit) => {
        if (cancelled) return;
        sendBack({ type: 'boot.loaded', exhibit });
        void later(exhibit.laterMedia);
      },
      (e: unknown) => {
        const message =
          e instanceof ContentLoadError ? e.errors.map(formatError).join('\n') : String(e);
        options.report(message);
        if (!cancelled) sendBack({ type: 'boot.failed', message });
      },
    );
    return () => {
      cancelled = true;
    };
  });
}

/**
 * Fetches an audio file whole (the service worker keeps it), unless the server has not got it, sends
 * a web page instead, or declares more than an audio file may have (limits.ts): then its body is
 * left unread and the reason returned. Rejects when the server cannot be reached.
 */
async function fetchMedia(url: string): Promise<string | undefined> {
  const res = await fetch(url);
  try {
    checkResponse(res, 'audio');
  } catch (e) {
    void res.body?.cancel().catch(() => undefined);
    if (e instanceof FileProblem) return e.message;
    throw e;
  }
  await res.arrayBuffer();
  return undefined;
}
