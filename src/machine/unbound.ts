// Placeholders for actors the machines name but do not implement.
import { fromCallback } from 'xstate';

/** Placeholder for an actor that main.ts or a test must provide. */
export function unbound<TEvent extends { type: string }, TInput>(name: string) {
  return fromCallback<TEvent, TInput>(() => {
    throw new Error(`actor "${name}" is not bound: provide it with machine.provide()`);
  });
}
