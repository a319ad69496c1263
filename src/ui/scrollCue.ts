// The sign that a list scrolls: its lower edge fades and a quiet line beneath says there is more;
// touching the line scrolls on. Both go when the list is scrolled to its end, and are never shown
// where it all fits. The home screen's chapter list and the sources screen use it.
import { button, type Send } from './dom.ts';

/** The "more below" line for `list`, and `measure`, to call whenever the list may have changed. */
export function scrollCue(
  list: HTMLElement,
  label: string,
  send: Send,
): { more: HTMLButtonElement; measure: () => void } {
  const more = button(
    label,
    () => list.scrollBy({ top: list.clientHeight * 0.75, behavior: 'smooth' }),
    send,
    // The list itself is announced and reachable; the line is a visual cue and a touch target.
    { class: 'more-below', 'aria-hidden': 'true', tabindex: '-1' },
  );
  const measure = () => {
    const over = list.scrollHeight > list.clientHeight + 2;
    const end = list.scrollTop + list.clientHeight >= list.scrollHeight - 2;
    more.hidden = !over;
    more.classList.toggle('at-end', end);
    list.classList.toggle('fades', over && !end);
  };
  more.hidden = true;
  list.addEventListener('scroll', measure, { passive: true });
  // The list's height settles once it is laid out and its fonts have loaded.
  requestAnimationFrame(measure);
  void document.fonts?.ready.then(measure);
  if (typeof ResizeObserver === 'function') new ResizeObserver(measure).observe(list);
  return { more, measure };
}
