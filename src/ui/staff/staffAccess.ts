// The way into the staff panel: the hidden corner gesture, then the PIN pad, then the panel.
// While either is open the exhibit beneath is inert, so a stray touch cannot act on it.
import type { Exhibit } from '../../content/types.ts';
import { PinGate } from '../../kiosk/pin.ts';
import type { KioskSettings } from '../../kiosk/settings.ts';
import { watchCornerGesture } from './cornerGesture.ts';
import { askPin } from './pinDialog.ts';
import { openStaffPanel } from './staffPanel.ts';

/** What the staff layer needs from the kiosk. */
export interface StaffAccess {
  settings: KioskSettings;
  pinHash: () => string;
  exhibit: () => Exhibit | null;
  apply: (settings: KioskSettings) => void;
  analytics?: () => Promise<HTMLElement>;
}

/** Installs the corner gesture on `doc`. */
export function watchStaffGesture(doc: Document, access: StaffAccess): void {
  const gate = new PinGate(access.pinHash);
  let open = false;
  const ui = doc.getElementById('ui');
  const done = () => {
    open = false;
    ui?.removeAttribute('inert');
  };
  watchCornerGesture(doc, async () => {
    if (open) return;
    open = true;
    ui?.setAttribute('inert', '');
    if (!(await askPin(doc.body, gate))) return done();
    const exhibit = access.exhibit();
    openStaffPanel(
      doc.body,
      {
        settings: access.settings,
        languages: exhibit?.languages ?? [],
        content: exhibit
          ? `${exhibit.id}: ${exhibit.chapters.length} chapters, ${exhibit.languages.join(', ')}`
          : 'not loaded',
        apply: access.apply,
        ...(access.analytics ? { analytics: access.analytics } : {}),
      },
      done,
    );
  });
}
