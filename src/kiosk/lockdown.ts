// Lockdown: a visitor cannot leave the exhibit or break its layout. No context menu or long-press
// callout, no text selection or image drag, no pinch, double-tap or ctrl-wheel zoom, no link to
// anywhere else; the cursor is hidden unless asked for. The browser's keyboard shortcuts are
// blocked by the inline script that comes first in index.html, from the first moment of every
// page load, before this module runs. What a page cannot block (Ctrl+W, Alt+F4) is for the kiosk
// launcher (`npm run kiosk` relaunches a closed browser) and the browser policy.

/** Installs every guard on `doc`; `showCursor` keeps the pointer visible (for staff or testing). */
export function lockDown(doc: Document, options: { showCursor: boolean }): void {
  const stop = (e: Event) => e.preventDefault();
  const capture = { capture: true };
  const active = { capture: true, passive: false };
  for (const type of ['contextmenu', 'selectstart', 'dragstart', 'dblclick', 'gesturestart'])
    doc.addEventListener(type, stop, capture);
  // Two fingers never zoom or scroll the page; single touches scroll lists as usual.
  const pinch = (e: TouchEvent) => e.touches.length > 1 && e.preventDefault();
  doc.addEventListener('touchstart', pinch, active);
  doc.addEventListener('touchmove', pinch, active);
  doc.addEventListener('wheel', (e) => e.ctrlKey && e.preventDefault(), active);
  // The exhibit has no links; should content ever carry one, it goes nowhere.
  doc.addEventListener(
    'click',
    (e) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      // The staff panel's exports are downloads of local data, not a way out.
      const isExport =
        link?.hasAttribute('download') && link.getAttribute('href')?.startsWith('blob:');
      if (link && !isExport) e.preventDefault();
    },
    capture,
  );
  doc.documentElement.classList.toggle('hide-cursor', !options.showCursor);
}
