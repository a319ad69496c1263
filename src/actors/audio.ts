// Narration and music as actors: invoked by the state that owns them, so leaving that state
// stops the sound by construction.
import { fromCallback } from 'xstate';
import type { DescriptionFactory, MusicFactory, NarrationFactory } from '../audio/types.ts';
import type {
  DescriptionInput,
  MusicCommand,
  MusicInput,
  NarrationCommand,
  NarrationInput,
} from '../machine/types.ts';

/** How often narration reports its position; captions and cues follow it. */
export const PROGRESS_MS = 100;

/** The narration actor: reports `narration.progress` and `narration.ended`, obeys play and pause. */
export function narrationActor(make: NarrationFactory) {
  return fromCallback<NarrationCommand, NarrationInput>(({ input, sendBack, receive }) => {
    const player = make(input.track, input.from, input.unattended ?? false);
    let last = -1;
    const id = setInterval(() => {
      const position = player.position();
      if (position !== last) sendBack({ type: 'narration.progress', position });
      last = position;
      if (player.hasEnded()) {
        clearInterval(id);
        sendBack({ type: 'narration.ended' });
      }
    }, PROGRESS_MS);
    receive((command) => {
      if (command.type === 'narration.play') {
        // Paused in the last tick of the track: the end was reported while paused (and ignored
        // there, so the visitor's pause holds); resuming must end the chapter, not sit silent.
        if (player.hasEnded()) return sendBack({ type: 'narration.ended' });
        return player.play();
      }
      player.pause();
      // The machine learns the exact place it stopped, not the last tick before it.
      last = player.position();
      sendBack({ type: 'narration.progress', position: last });
    });
    return () => {
      clearInterval(id);
      player.destroy();
    };
  });
}

/** The music actor: starts the bed, ducks it under narration, fades it out when the visit ends. */
export function musicActor(make: MusicFactory) {
  return fromCallback<MusicCommand, MusicInput>(({ input, receive }) => {
    const bed = make(input.music, input.bed);
    bed.start();
    receive((command) => {
      if (command.type === 'music.duck') bed.duck();
      else if (command.type === 'music.unduck') bed.unduck();
      else bed.play(command.bed);
    });
    return () => bed.stop();
  });
}

/** The audio description actor: says one cue's description, then reports `description.ended`. */
export function descriptionActor(make: DescriptionFactory) {
  return fromCallback<{ type: string }, DescriptionInput>(({ input, sendBack }) => {
    const voice = make(input, () => sendBack({ type: 'description.ended' }));
    return () => voice.stop();
  });
}
