// The hidden way into the staff panel: a long press (3 s) in the top-left corner, where visitors
// have no reason to hold a finger still. A keyboard alternative, Ctrl+Alt+S, for technicians.
const CORNER_PX = 100;
const HOLD_MS = 3_000;
const SLOP_PX = 24;

/** Calls `open` after a long press in the corner (or Ctrl+Alt+S). */
export function watchCornerGesture(doc: Document, open: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: [number, number] = [0, 0];
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  doc.addEventListener(
    'pointerdown',
    (e) => {
      cancel();
      if (e.clientX > CORNER_PX || e.clientY > CORNER_PX) return;
      start = [e.clientX, e.clientY];
      timer = setTimeout(open, HOLD_MS);
    },
    { capture: true },
  );
  doc.addEventListener('pointermove', (e) => {
    if (timer && Math.hypot(e.clientX - start[0], e.clientY - start[1]) > SLOP_PX) cancel();
  });
  for (const type of ['pointerup', 'pointercancel']) doc.addEventListener(type, cancel);
  doc.addEventListener('keydown', (e) => {
    if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 's') open();
  });
}
