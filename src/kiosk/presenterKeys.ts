// A docent's presenter remote or keyboard: clickers send PageDown/PageUp (and arrows), and "B" or
// "." to blank the screen, which here pauses. Only in docent mode: for visitors the arrows move
// focus between controls. "+" and "−" change the volume in every mode.
import type { KioskEvent, KioskMode } from '../machine/types.ts';

/** What the keys act on. */
export interface PresenterTarget {
  mode(): KioskMode;
  /** Whether a chapter is playing, paused or neither. */
  chapter(): 'playing' | 'paused' | undefined;
  send(event: KioskEvent): void;
  /** Changes the volume by `step` (−1 to 1). */
  volume(step: number): void;
}

/** Listens for presenter keys on `doc`. */
export function watchPresenterKeys(doc: Document, target: PresenterTarget): void {
  doc.addEventListener('keydown', (e) => {
    if (e.key === '+' || e.key === '=') return target.volume(0.1);
    if (e.key === '-' || e.key === '−') return target.volume(-0.1);
    if (target.mode() !== 'docent') return;
    const chapter = target.chapter();
    const act = (event: KioskEvent) => {
      e.preventDefault();
      target.send(event);
    };
    if (['PageDown', 'ArrowRight'].includes(e.key) && chapter) act({ type: 'ui.next' });
    else if (['PageUp', 'ArrowLeft'].includes(e.key) && chapter) act({ type: 'ui.previous' });
    else if (['b', 'B', '.'].includes(e.key) && chapter)
      act({ type: chapter === 'playing' ? 'ui.pause' : 'ui.resume' });
  });
}
