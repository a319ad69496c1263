// The boot loader: fetches and validates the exhibit (from its bundle when the build made one) and
// loads the fonts, reporting progress so the boot screen can show a bar; the media follow after boot.
import { fromCallback } from 'xstate';
import { ContentLoadError, formatError } from '../content/errors.ts';
import { loadExhibit } from '../content/load.ts';
import { checkResponse } from '../content/fetchText.ts';
import { FileProblem } from '../content/limits.ts';
import { fetchReader } from '../content/reader.ts';
import { bundleReader, fetchBundle } from '../content/readerBundle.ts';
import type { Exhibit } from '../content/types.ts';
import type { LoaderInput } from '../machine/types.ts';

/** What reading the content needs from the page besides the files. */
export interface ContentOptions {
  /** Base URL of the kiosk, e.g. "/". */
  base: string;
  /** Loads the typefaces the stage draws with. */
  loadFonts: () => Promise<unknown>;
  /** Loads the exhibit's extension (its base map, its atmospheres), whose layer names the content may use. */
  extension?: (id: string) => Promise<{ atmospheres: Record<string, unknown> }>;
  /** Whether to read the exhibit's bundle.json first (the default), or only its files. */
  bundle?: boolean;
  /** Told why an exhibit's bundle.json could not be used (its files are then read one by one). */
  bundleProblem?: (message: string) => void;
}

/** What the loader needs from the page besides content. */
export interface LoaderOptions extends ContentOptions {
  /** Receives the full list of problems when loading fails (for the log, never the visitor). */
  report: (message: string) => void;
  /** Receives a problem found after boot (a media file missing), for the log. */
  warn: (message: string) => void;
  /** Adjusts the loaded exhibit (this kiosk's settings: idle timings, starting language). */
  adjust?: (exhibit: Exhibit) => Exhibit;
  /**
   * Loading begun before the machine started (main.ts: while kiosk.json and the stage come), taken
   * once if it is for this exhibit; otherwise the loader begins its own.
   */
  early?: (exhibitId: string) => ContentLoading | undefined;
}

/** Content being read and checked, with the typefaces and the extension loading beside it. */
export interface ContentLoading {
  exhibitId: string;
  /** The exhibit as its files say (the kiosk's settings not yet applied), fonts and extension loaded. */
  done: Promise<Exhibit>;
  /** Calls `listener` with the progress so far, and again as each chapter is read. */
  progress(listener: (done: number, total: number) => void): void;
}

/**
 * Starts reading exhibit `id` (its bundle.json when the build has one, else file by file), its
 * typefaces and its extension, all at once.
 */
export function startLoading(id: string, options: ContentOptions): ContentLoading {
  // The typefaces and the base map load while the content is read, not after it.
  const fonts = options.loadFonts();
  fonts.catch(() => undefined); // awaited below; not "unhandled" if the content fails first
  const extension = options.extension?.(id);
  extension?.catch(() => undefined);
  let state = { done: 0, total: 1 };
  let listener: ((done: number, total: number) => void) | undefined;
  const read = async () => {
    const files = fetchReader(id, options.base);
    const bundle =
      options.bundle === false
        ? undefined
        : await fetchBundle(id, options.base, (p) => options.bundleProblem?.(formatError(p)));
    const reader = bundle ? bundleReader(id, bundle, files) : files;
    reader.extensionAtmospheres = async () => Object.keys((await extension)?.atmospheres ?? {});
    const exhibit = await loadExhibit(reader, {
      checkMedia: false,
      progress: (done, total) => {
        state = { done, total };
        listener?.(done, total);
      },
    });
    performance.mark('kiosk:content');
    await Promise.all([fonts, extension]);
    performance.mark('kiosk:fonts');
    return exhibit;
  };
  const done = read();
  done.catch(() => undefined); // the loader that takes it hears the failure
  return {
    exhibitId: id,
    done,
    progress: (l) => {
      listener = l;
      l(state.done, state.total);
    },
  };
}

/** The loader actor. */
export function loaderActor(options: LoaderOptions) {
  return fromCallback<{ type: string }, LoaderInput>(({ input, sendBack }) => {
    let cancelled = false;
    const run = async () => {
      const loading = options.early?.(input.exhibitId) ?? startLoading(input.exhibitId, options);
      // Progress: each chapter read, then the typefaces and the extension.
      let total = 1;
      loading.progress((done, chapters) => {
        total = chapters + 1;
        if (!cancelled) sendBack({ type: 'boot.progress', loaded: done, total });
      });
      const fromFiles = await loading.done;
      if (!cancelled) sendBack({ type: 'boot.progress', loaded: total, total });
      return options.adjust ? options.adjust(fromFiles) : fromFiles;
    };
    // After boot (the loader itself is stopped then), one at a time and never in the way: the
    // touch sound first, then the narration, the other beds and the audio description. The
    // attract loop shows none of them, so boot waits for none. Fetched once, the service worker
    // keeps them for offline use. A missing file is logged (boot did not ask for each one); with
    // the server gone, it stops at the first failure and tries again at the next boot.
    // With a service worker in charge there is nothing to do: its install precached every one
    // (sw/worker.js), and fetching them again (network-first, tens of MB through the page) put
    // 8–12 ms frames into the first chapters visited after a boot (a CPU profile, 2 cores).
    const later = async (urls: string[]) => {
      for (const url of urls) {
        if (workerInCharge()) return;
        const problem = await fetchMedia(url).catch(() => 'offline');
        if (problem === 'offline') return;
        if (problem) options.warn(`media file ${url}: ${problem}`);
      }
    };
    run().then(
      (exhibit) => {
        if (cancelled) return;
        sendBack({ type: 'boot.loaded', exhibit });
        void later([...exhibit.media, ...exhibit.laterMedia]);
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

/** Whether a service worker controls the page (none in tests run by Node, nor in dev). */
function workerInCharge(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
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
