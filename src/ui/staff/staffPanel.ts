// The staff panel: settings (saved on this kiosk, then a restart applies them), each saying where
// its value comes from (this kiosk, kiosk.json, the exhibit or the default) with a way back to
// kiosk.json's value; health, with the kiosk's id and kiosk.json's state; the visitor analytics;
// and the PIN. Opened by the corner gesture and the PIN; closes itself after 30 s untouched, so a
// visitor never finds it open. Staff-facing, in English.
import {
  baseSetting,
  getSetting,
  type KioskFileStatus,
  type KioskSettings,
  MODES,
  type SettingKey,
  type SettingSource,
  settingSource,
} from '../../kiosk/staffApi.ts';
import { h } from '../dom.ts';
import { collectHealth } from './health.ts';
import { closeWhenUntouched } from './pinPad.ts';

/** What the panel reads and changes. */
export interface StaffContext {
  settings: KioskSettings;
  languages: string[];
  /** A line naming the exhibit on show, for the health page. */
  content: string;
  /** This kiosk as kiosk.json names it. */
  kiosk?: { id?: string | undefined; location?: string | undefined; gallery?: string | undefined };
  /** How kiosk.json stands (loaded, none, refused and why). */
  fileStatus?: KioskFileStatus;
  /**
   * Saves staff's changes (each setting's new value) and the settings handed back to kiosk.json,
   * then restarts the exhibit with them.
   */
  apply(changes: Partial<Record<SettingKey, unknown>>, dropped: SettingKey[]): void;
  /** A word for staff shown beside the PIN's button (e.g. an old PIN was just upgraded). */
  notice?: string;
  /** Asks for a new PIN (twice) over `host` and stores it; false when cancelled. */
  changePin(host: HTMLElement): Promise<boolean>;
  /** Forgets this kiosk's own PIN: kiosk.json's applies again. */
  dropPin?: () => void;
  /** Builds the analytics section (plots and exports). */
  analytics?: () => Promise<HTMLElement>;
  /** "level 3 of 4 (half resolution, 30 fps, no grain): adaptive"; none without a stage. */
  quality?: () => string;
}

/** Each source, as the panel says it. */
export const SOURCE_WORDS: Record<SettingSource, string> = {
  device: 'this kiosk',
  file: 'kiosk.json',
  exhibit: 'exhibit',
  default: 'default',
};

type Kind =
  | { type: 'select'; options: [string, string][] }
  | { type: 'percent' }
  | { type: 'number'; min: number; max: number; empty: string }
  | { type: 'check' };

interface Field {
  key: SettingKey;
  label: string;
  kind: Kind;
}

/** A setting as its form control holds it. */
function toForm(kind: Kind, value: unknown): string | boolean {
  if (kind.type === 'check') return value === true;
  if (kind.type === 'percent') return String(Math.round(Number(value) * 100));
  return value === null || value === undefined ? '' : String(value);
}

/** The form control's value as the setting; undefined when it is not one. */
function fromForm(kind: Kind, form: string | boolean): unknown {
  if (kind.type === 'check') return form === true;
  if (kind.type === 'select') return form === '' ? null : form;
  if (form === '') return kind.type === 'percent' ? undefined : null;
  const n = Number(form);
  if (!Number.isFinite(n)) return undefined;
  return kind.type === 'percent' ? n / 100 : n;
}

/** A setting's value in words, for the button that goes back to it. */
function shown(field: Field, value: unknown): string {
  const { kind } = field;
  if (kind.type === 'check') return value ? 'on' : 'off';
  if (kind.type === 'percent') return toForm(kind, value) as string;
  if (value === null) return kind.type === 'number' ? kind.empty : 'exhibit default';
  return String(value);
}

/** Opens the panel over `host`; `onClose` runs when it closes. */
export function openStaffPanel(host: HTMLElement, ctx: StaffContext, onClose: () => void): void {
  const s = ctx.settings;
  const fields: Field[] = [
    { key: 'mode', label: 'Mode', kind: { type: 'select', options: MODES.map((m) => [m, m]) } },
    { key: 'volume', label: 'Volume (0–100)', kind: { type: 'percent' } },
    { key: 'displayVolume', label: 'Display loop volume (0 mutes)', kind: { type: 'percent' } },
    {
      key: 'idleTimeoutSeconds',
      label: 'Idle timeout (s)',
      kind: { type: 'number', min: 10, max: 3600, empty: 'exhibit' },
    },
    {
      key: 'idleWarningSeconds',
      label: 'Warning (s, 20 or more)',
      kind: { type: 'number', min: 20, max: 300, empty: 'exhibit' },
    },
    {
      key: 'defaultLanguage',
      label: 'Default language',
      kind: {
        type: 'select',
        options: [['', 'exhibit default'], ...ctx.languages.map((l): [string, string] => [l, l])],
      },
    },
    {
      key: 'dailyReloadHour',
      label: 'Daily reload at (hour 0–23, empty for never)',
      kind: { type: 'number', min: 0, max: 23, empty: 'never' },
    },
    {
      key: 'access.largeCaptions',
      label: 'Larger captions for every visitor',
      kind: { type: 'check' },
    },
    {
      key: 'access.contrastCaptions',
      label: 'Caption box for every visitor',
      kind: { type: 'check' },
    },
    { key: 'access.twoLanguages', label: 'Captions in two languages', kind: { type: 'check' } },
    { key: 'access.largeText', label: 'Larger text for every visitor', kind: { type: 'check' } },
    { key: 'access.lowReach', label: 'All controls low on the screen', kind: { type: 'check' } },
    {
      key: 'access.audioDescription',
      label: 'Audio description for every visitor',
      kind: { type: 'check' },
    },
    { key: 'reducedMotion', label: 'Reduced motion', kind: { type: 'check' } },
    { key: 'showCursor', label: 'Show cursor', kind: { type: 'check' } },
    {
      key: 'quality',
      label: 'Drawing quality',
      kind: {
        type: 'select',
        options: [
          ['adaptive', 'adaptive (steps down on a slow PC)'],
          ['full', 'full, always'],
          ['low', 'low, always'],
        ],
      },
    },
  ];
  /** Each field's control, its value when the panel opened, and whether staff gave it back. */
  const rows = fields.map((field) => {
    const id = `staff-${field.key.replace('.', '-')}`;
    const { kind } = field;
    const initial = toForm(kind, getSetting(s, field.key));
    let control: HTMLInputElement | HTMLSelectElement;
    if (kind.type === 'select') {
      control = h('select', { name: field.key, id });
      for (const [v, label] of kind.options) control.append(h('option', { value: v }, label));
    } else if (kind.type === 'check') {
      control = h('input', { type: 'checkbox', name: field.key, id });
    } else {
      const [min, max] = kind.type === 'percent' ? [0, 100] : [kind.min, kind.max];
      control = h('input', {
        type: 'number',
        name: field.key,
        id,
        min,
        max,
        ...(kind.type === 'number' ? { placeholder: kind.empty } : {}),
      });
    }
    const read = () =>
      control instanceof HTMLInputElement && control.type === 'checkbox'
        ? control.checked
        : control.value;
    const write = (v: string | boolean) => {
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = v === true;
      else control.value = String(v);
    };
    write(initial);
    const row = { field, read, initial, dropped: false };
    const source = settingSource(s, field.key);
    const base = baseSetting(s, field.key);
    const note = h(
      'span',
      { class: `staff-source from-${source}` },
      `from ${SOURCE_WORDS[source]}`,
    );
    const back =
      source === 'device'
        ? h(
            'button',
            {
              type: 'button',
              class: 'staff-back',
              onclick: () => {
                write(toForm(kind, base.value));
                row.dropped = true;
                note.textContent = `from ${SOURCE_WORDS[base.source]} after saving`;
                note.className = `staff-source from-${base.source}`;
                back?.remove();
              },
            },
            base.source === 'file'
              ? `Use kiosk.json’s (${shown(field, base.value)})`
              : `Use the ${SOURCE_WORDS[base.source]} (${shown(field, base.value)})`,
          )
        : null;
    control.addEventListener('change', () => {
      row.dropped = false;
    });
    const el = h(
      'div',
      { class: 'staff-field', 'data-setting': field.key },
      h(
        'div',
        { class: 'staff-label' },
        h('label', { for: id }, field.label),
        h('div', { class: 'staff-from' }, note, back),
      ),
      control,
    );
    return { ...row, el };
  });
  const form = h(
    'form',
    { class: 'staff-settings' },
    ...rows.map((r) => r.el),
    h('button', { type: 'submit', class: 'primary' }, 'Save and restart'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes: Partial<Record<SettingKey, unknown>> = {};
    const dropped: SettingKey[] = [];
    for (const row of rows) {
      if (row.dropped) dropped.push(row.field.key);
      else if (row.read() !== row.initial) {
        const value = fromForm(row.field.kind, row.read());
        if (value !== undefined) changes[row.field.key] = value;
      }
    }
    ctx.apply(changes, dropped);
  });
  const health = h('dl', { class: 'staff-health' }, h('dt', {}, 'Measuring…'));
  const analytics = h('section', { class: 'staff-analytics' });
  const close = () => {
    stop();
    root.remove();
    onClose();
  };
  const pinNote = h('p', { class: 'pin-note', role: 'status' }, ctx.notice ?? '');
  // The new PIN's pad opens inside the panel, so typing on it keeps the panel open.
  const changePin = async () => {
    pinNote.textContent = '';
    if (await ctx.changePin(root)) pinNote.textContent = 'The new staff PIN is saved.';
  };
  const pinSource = settingSource(s, 'pin');
  const pinFrom = () =>
    h(
      'p',
      { class: 'staff-pin-from' },
      pinSource === 'device'
        ? 'The PIN was set on this kiosk.'
        : pinSource === 'file'
          ? 'The PIN comes from kiosk.json.'
          : 'No PIN is set.',
    );
  const pinBack =
    pinSource === 'device' && baseSetting(s, 'pin').source === 'file' && ctx.dropPin
      ? h(
          'button',
          {
            type: 'button',
            onclick: () => {
              ctx.dropPin?.();
              pinBack?.remove();
              pinNote.textContent = 'kiosk.json’s PIN applies again.';
            },
          },
          'Use kiosk.json’s PIN',
        )
      : null;
  const root = h(
    'div',
    {
      class: 'staff-layer staff-panel',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': 'Staff panel',
    },
    h(
      'header',
      { class: 'staff-head' },
      h('h2', {}, 'Staff panel'),
      h('button', { type: 'button', onclick: close }, 'Close'),
    ),
    h(
      'div',
      { class: 'staff-columns' },
      h('section', {}, h('h3', {}, 'Settings'), form),
      h(
        'section',
        {},
        h('h3', {}, 'Health'),
        health,
        h('h3', {}, 'Staff PIN'),
        pinFrom(),
        h('button', { type: 'button', onclick: () => void changePin() }, 'Change the staff PIN'),
        pinBack,
        pinNote,
      ),
    ),
    analytics,
  );
  const stop = closeWhenUntouched(root, close);
  host.append(root);
  void collectHealth(ctx.content).then((x) => {
    const row = (k: string, v: string) => [h('dt', {}, k), h('dd', {}, v)];
    health.replaceChildren(
      ...row(
        'Uptime',
        `${Math.floor(x.uptimeSeconds / 3600)} h ${Math.floor((x.uptimeSeconds % 3600) / 60)} min`,
      ),
      ...row('Frame rate', `${x.framesPerSecond} fps`),
      ...row('Quality', ctx.quality?.() ?? 'no stage (no WebGL): words only'),
      ...row(
        'Memory (JS heap)',
        x.heapMB === undefined ? 'not reported' : `${x.heapMB.toFixed(1)} MB`,
      ),
      ...row(
        'Storage used',
        x.storageMB === undefined ? 'not reported' : `${x.storageMB.toFixed(2)} MB`,
      ),
      ...row('Kiosk', ctx.kiosk?.id ?? 'not named (no kiosk.json)'),
      ...(ctx.kiosk?.location ? row('Location', ctx.kiosk.location) : []),
      ...(ctx.kiosk?.gallery ? row('Gallery', ctx.kiosk.gallery) : []),
      ...row('kiosk.json', fileState(ctx.fileStatus)),
      ...(ctx.fileStatus?.problems ?? [])
        .slice(0, 5)
        .map((p) => h('dd', { class: 'staff-problem' }, p)),
      ...row('Content', x.content),
      ...row('Opening hours', x.hours ?? 'none set: always open'),
      ...row('Last problems', x.problems.length ? '' : 'none'),
      ...x.problems
        .slice(-5)
        .map((p) =>
          h('dd', { class: 'staff-problem' }, `${new Date(p.t).toLocaleString()}: ${p.message}`),
        ),
    );
  });
  void ctx.analytics?.().then((el) => analytics.replaceChildren(el));
}

/** kiosk.json's state in a line: loaded, none, or refused and what runs instead. */
export function fileState(status: KioskFileStatus | undefined): string {
  if (!status || status.state === 'none') return 'none: this kiosk runs on its own settings';
  if (status.state === 'loaded') return 'loaded';
  return status.serving === 'last-good'
    ? 'refused (running on the last good copy); fix:'
    : 'refused (running on this kiosk’s own settings); fix:';
}
