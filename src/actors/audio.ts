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

/**
 * The narration actor: reports `narration.progress` and `narration.ended`, obeys play and pause,
 * and swaps to another language's track in place (the chapter goes on, not paused, not restarted).
 */
export function narrationActor(make: NarrationFactory) {
  return fromCallback<NarrationCommand, NarrationInput>(({ input, sendBack, receive }) => {
    const unattended = input.unattended ?? false;
    let player = make(input.track, input.from, unattended);
    let last = -1;
    let id: ReturnType<typeof setInterval> | undefined;
    const tick = () => {
      const position = player.position();
      if (position !== last) sendBack({ type: 'narration.progress', position });
      last = position;
      if (player.hasEnded()) {
        clearInterval(id);
        id = undefined;
        sendBack({ type: 'narration.ended' });
      }
    };
    const follow = () => (id ??= setInterval(tick, PROGRESS_MS));
    follow();
    receive((command) => {
      if (command.type === 'narration.play') {
        // Paused in the last tick of the track: the end was reported while paused (and ignored
        // there, so the visitor's pause holds); resuming must end the chapter, not sit silent.
        if (player.hasEnded()) return sendBack({ type: 'narration.ended' });
        return player.play();
      }
      if (command.type === 'narration.track') {
        // The new player waits for `narration.play`: the chapter decides whether it plays.
        player.destroy();
        player = make(command.track, command.from, unattended);
        last = command.from;
        follow();
        return;
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

/**
 * The music actor: starts the bed, ducks it under narration, falls silent for a memorial, fades it
 * out when the visit ends.
 */
export function musicActor(make: MusicFactory) {
  return fromCallback<MusicCommand, MusicInput>(({ input, receive }) => {
    const bed = make(input.music, input.bed);
    bed.start();
    receive((command) => {
      if (command.type === 'music.duck') bed.duck();
      else if (command.type === 'music.unduck') bed.unduck();
      else if (command.type === 'music.breathe') bed.breathe();
      else if (command.type === 'music.silence') bed.silence();
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
