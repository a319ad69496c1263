// The staff panel: settings (saved on this kiosk, then a restart applies them), health, and the
// visitor analytics, and changing the PIN. Opened by the corner gesture and the PIN; closes itself
// after 30 s untouched, so a visitor never finds it open. Staff-facing, in English.
import { type KioskSettings, settingsSchema, MODES } from '../../kiosk/staffApi.ts';
import { h } from '../dom.ts';
import { collectHealth } from './health.ts';
import { closeWhenUntouched } from './pinPad.ts';

/** What the panel reads and changes. */
export interface StaffContext {
  settings: KioskSettings;
  languages: string[];
  /** A line naming the exhibit on show, for the health page. */
  content: string;
  /** Saves the settings and restarts the exhibit with them. */
  apply(settings: KioskSettings): void;
  /** A word for staff shown beside the PIN's button (e.g. an old PIN was just upgraded). */
  notice?: string;
  /** Asks for a new PIN (twice) over `host` and stores it; false when cancelled. */
  changePin(host: HTMLElement): Promise<boolean>;
  /** Builds the analytics section (plots and exports). */
  analytics?: () => Promise<HTMLElement>;
}

/** Opens the panel over `host`; `onClose` runs when it closes. */
export function openStaffPanel(host: HTMLElement, ctx: StaffContext, onClose: () => void): void {
  const s = ctx.settings;
  const field = (label: string, input: HTMLElement) =>
    h('label', { class: 'staff-field' }, h('span', {}, label), input);
  const select = (name: string, options: [string, string][], value: string) => {
    const el = h('select', { name });
    for (const [v, label] of options) el.append(h('option', { value: v }, label));
    el.value = value;
    return el;
  };
  const number = (name: string, value: number | null, min: number, max: number) =>
    h('input', { type: 'number', name, min, max, value: value ?? '', placeholder: 'exhibit' });
  const check = (name: string, on: boolean) => h('input', { type: 'checkbox', name, checked: on });
  const form = h(
    'form',
    { class: 'staff-settings' },
    field(
      'Mode',
      select(
        'mode',
        MODES.map((m) => [m, m]),
        s.mode,
      ),
    ),
    field('Volume (0–100)', number('volume', Math.round(s.volume * 100), 0, 100)),
    field(
      'Display loop volume (0 mutes)',
      number('displayVolume', Math.round(s.displayVolume * 100), 0, 100),
    ),
    field('Idle timeout (s)', number('idleTimeoutSeconds', s.idleTimeoutSeconds, 10, 3600)),
    field('Warning (s, 20 or more)', number('idleWarningSeconds', s.idleWarningSeconds, 20, 300)),
    field(
      'Default language',
      select(
        'defaultLanguage',
        [['', 'exhibit default'], ...ctx.languages.map((l): [string, string] => [l, l])],
        s.defaultLanguage ?? '',
      ),
    ),
    field(
      'Daily reload at (hour 0–23, empty for never)',
      number('dailyReloadHour', s.dailyReloadHour, 0, 23),
    ),
    field('Larger captions for every visitor', check('largeCaptions', s.access.largeCaptions)),
    field('Caption box for every visitor', check('contrastCaptions', s.access.contrastCaptions)),
    field('Captions in two languages', check('twoLanguages', s.access.twoLanguages)),
    field('Larger text for every visitor', check('largeText', s.access.largeText)),
    field('All controls low on the screen', check('lowReach', s.access.lowReach)),
    field(
      'Audio description for every visitor',
      check('audioDescription', s.access.audioDescription),
    ),
    field('Reduced motion', check('reducedMotion', s.reducedMotion)),
    field('Show cursor', check('showCursor', s.showCursor)),
    h('button', { type: 'submit', class: 'primary' }, 'Save and restart'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const num = (k: string) => (data.get(k) === '' ? null : Number(data.get(k)));
    const next = settingsSchema.parse({
      ...s,
      mode: data.get('mode'),
      volume: (num('volume') ?? 100) / 100,
      displayVolume: (num('displayVolume') ?? 40) / 100,
      idleTimeoutSeconds: num('idleTimeoutSeconds'),
      idleWarningSeconds: num('idleWarningSeconds'),
      defaultLanguage: data.get('defaultLanguage') || null,
      dailyReloadHour: num('dailyReloadHour'),
      access: {
        largeCaptions: data.has('largeCaptions'),
        contrastCaptions: data.has('contrastCaptions'),
        twoLanguages: data.has('twoLanguages'),
        largeText: data.has('largeText'),
        lowReach: data.has('lowReach'),
        audioDescription: data.has('audioDescription'),
      },
      reducedMotion: data.has('reducedMotion'),
      showCursor: data.has('showCursor'),
    });
    ctx.apply(next);
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
        h('button', { type: 'button', onclick: () => void changePin() }, 'Change the staff PIN'),
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
      ...row(
        'Memory (JS heap)',
        x.heapMB === undefined ? 'not reported' : `${x.heapMB.toFixed(1)} MB`,
      ),
      ...row(
        'Storage used',
        x.storageMB === undefined ? 'not reported' : `${x.storageMB.toFixed(2)} MB`,
      ),
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
