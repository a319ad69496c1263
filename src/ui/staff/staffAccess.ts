// The way into the staff panel: the hidden corner gesture, then the PIN pad, then the panel. While
// either is open the exhibit beneath is inert, so a stray touch cannot act on it; both close after
// 30 s untouched and give the exhibit back. With no PIN stored, the kiosk under its launcher asks
// staff to choose one before the exhibit; without the launcher nobody can (see noPin below).
import type { Exhibit } from '../../content/types.ts';
import {
  hasPin,
  type PinRecord,
  type StoredPin,
  PinGate,
  type KioskSettings,
  type KioskFileStatus,
  type SettingKey,
} from '../../kiosk/staffApi.ts';
import { h } from '../dom.ts';
import { choosePin } from './choosePin.ts';
import { watchCornerGesture } from './cornerGesture.ts';
import { askPin } from './pinDialog.ts';
import { closeWhenUntouched } from './pinPad.ts';
import { openStaffPanel } from './staffPanel.ts';

/** What the staff layer needs from the kiosk. */
export interface StaffAccess {
  settings: KioskSettings;
  /** Where the PIN lockout is kept (localStorage). */
  storage: Storage | undefined;
  /** True under the kiosk launcher: only then may a missing PIN be chosen on this screen. */
  firstStart: boolean;
  exhibit: () => Exhibit | null;
  /** Saves staff's changes and the settings handed back to kiosk.json, and restarts. */
  apply: (changes: Partial<Record<SettingKey, unknown>>, dropped: SettingKey[]) => void;
  /** Stores a new PIN record (chosen, changed or upgraded) without a restart. */
  savePin: (record: PinRecord) => void;
  /** Forgets this kiosk's own PIN: kiosk.json's applies again. */
  dropPin?: () => void;
  /** This kiosk as kiosk.json names it, and how the file stands. */
  kiosk?: { id?: string | undefined; location?: string | undefined; gallery?: string | undefined };
  fileStatus?: () => KioskFileStatus;
  analytics?: () => Promise<HTMLElement>;
  /** The stage's quality level in words (scenes/quality.ts qualityLine); none without a stage. */
  quality?: () => string;
}

/** Installs the corner gesture on `doc`, first asking for a PIN if the kiosk has none. */
export function watchStaffGesture(doc: Document, access: StaffAccess): void {
  const stored = (): StoredPin => access.settings.pin;
  const gate = new PinGate(stored, access.storage);
  let open = false;
  const ui = doc.getElementById('ui');
  const hold = () => {
    open = true;
    ui?.setAttribute('inert', '');
  };
  const done = () => {
    open = false;
    ui?.removeAttribute('inert');
  };
  if (!hasPin(stored()) && access.firstStart) {
    hold();
    void choosePin(doc.body).then((record) => {
      if (record) access.savePin(record);
      done();
    });
  }
  watchCornerGesture(doc, async () => {
    if (open) return;
    hold();
    if (!hasPin(stored())) return noPin(doc.body, done);
    // A PIN from the first version is upgraded on its first use; staff are asked to choose anew.
    let upgraded = false;
    const upgrade = (record: PinRecord) => {
      upgraded = true;
      access.savePin(record);
    };
    if (!(await askPin(doc.body, gate, upgrade))) return done();
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
        ...(access.kiosk ? { kiosk: access.kiosk } : {}),
        ...(access.fileStatus ? { fileStatus: access.fileStatus() } : {}),
        ...(access.quality ? { quality: access.quality } : {}),
        ...(access.dropPin ? { dropPin: access.dropPin } : {}),
        ...(upgraded ? { notice: 'This PIN is from the first version: choose a new one.' } : {}),
        changePin: async (host) => {
          const record = await choosePin(host, 'Choose a new staff PIN', true);
          if (record) access.savePin(record);
          return record !== null;
        },
        ...(access.analytics ? { analytics: access.analytics } : {}),
      },
      done,
    );
  });
}

// Without the launcher and without a PIN (a developer's browser, or a kiosk started by hand), the
// corner must not let whoever holds it choose the PIN: it only says how a technician sets one.
function noPin(host: HTMLElement, done: () => void): void {
  const close = () => {
    stop();
    root.remove();
    done();
  };
  const root = h(
    'div',
    { class: 'staff-layer', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Staff PIN' },
    h(
      'div',
      { class: 'pin-pad' },
      h('h2', {}, 'No staff PIN is set'),
      h(
        'p',
        { class: 'pin-rules' },
        'Start the kiosk with its launcher (npm run kiosk) to choose one on the screen.',
      ),
      h('button', { type: 'button', class: 'pin-cancel', onclick: () => close() }, 'Close'),
    ),
  );
  const stop = closeWhenUntouched(root, close);
  host.append(root);
  root.querySelector<HTMLElement>('button')?.focus();
}
