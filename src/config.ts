// Start-up settings read from the URL, with the kiosk's embedded defaults.
import type { EffectsMode } from './scenes/Grain.ts';
import { QUALITY_MODES, type QualityMode } from './scenes/quality.ts';
import defaults from '../exhibits/default.json' with { type: 'json' };

const EFFECTS: EffectsMode[] = ['auto', 'filters', 'css', 'none'];

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The exhibit served when the URL names none: the build's choice, in exhibits/default.json. */
export const DEFAULT_EXHIBIT = defaultExhibit(defaults);

/** The `exhibit` id of exhibits/default.json; a build with a bad one fails rather than shows nothing. */
export function defaultExhibit(file: { exhibit?: unknown }): string {
  const id = file.exhibit;
  if (typeof id !== 'string' || !KEBAB.test(id))
    throw new Error(
      `exhibits/default.json: at exhibit: expected the id of a folder in exhibits/, such as "my-exhibit"`,
    );
  return id;
}

/** Settings for this start of the kiosk. */
export interface KioskConfig {
  exhibitId: string;
  reducedMotion: boolean;
  /** How film grain is drawn: Pixi filters, CSS, none, or chosen by the renderer ("auto"). */
  effects: EffectsMode;
  /** Show the pointer (`?cursor=1`), for staff and testing; hidden on a touch kiosk. */
  showCursor: boolean;
  /**
   * Adaptive quality or a pinned level: `?quality=` over the staff setting (readStartup). A test
   * build pins full quality unless the URL says otherwise, so screenshots never change with load.
   */
  quality: QualityMode;
}

/**
 * Reads `?exhibit=`, `?reducedMotion=1`, `?effects=`, `?quality=` and `?cursor=1`, and the OS's
 * motion setting.
 * The exhibit is kiosk.json's (`fileExhibit`) over the URL's over exhibits/default.json; only a
 * test build (`testBuild`) lets the URL's win over kiosk.json's.
 */
export function readConfig(
  search: string,
  prefersReducedMotion: boolean,
  fileExhibit?: string,
  testBuild = false,
): KioskConfig {
  const params = new URLSearchParams(search);
  const id = params.get('exhibit') ?? '';
  const fromUrl = KEBAB.test(id) ? id : undefined;
  return {
    exhibitId: (testBuild ? (fromUrl ?? fileExhibit) : (fileExhibit ?? fromUrl)) ?? DEFAULT_EXHIBIT,
    reducedMotion: prefersReducedMotion || params.get('reducedMotion') === '1',
    effects: EFFECTS.find((e) => e === params.get('effects')) ?? 'auto',
    showCursor: params.get('cursor') === '1',
    quality:
      QUALITY_MODES.find((q) => q === params.get('quality')) ?? (testBuild ? 'full' : 'adaptive'),
  };
}
