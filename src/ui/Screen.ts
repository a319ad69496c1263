// A DOM screen of the overlay: built once per state, then updated in place as time moves.
import type { Snapshot } from './dom.ts';

/** One screen's DOM and how it follows the machine between rebuilds. */
export interface Screen {
  readonly root: HTMLElement;
  /** Refreshes what changes within the screen (captions, progress, countdown). */
  update(snapshot: Snapshot): void;
}
