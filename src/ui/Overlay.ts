// The DOM overlay above the canvas: every control and every word a visitor reads or a screen
// reader announces. DOM rather than Pixi's accessibility layer because native buttons give focus,
// keyboard activation, roles and names for free, and axe can check them.
import { attractScreen, bootScreen, outOfServiceScreen } from './simpleScreens.ts';
import { chapterPhase, chapterScreen } from './chapterScreen.ts';
import { closedScreen } from './closedScreen.ts';
import { displayScreen } from './displayScreen.ts';
import { button, h, say, type Send, type Snapshot } from './dom.ts';
import { homeScreen } from './homeScreen.ts';
import { advisoryScreen } from './advisoryScreen.ts';
import { sourcesScreen } from './sourcesScreen.ts';
import type { Screen } from './Screen.ts';
import { warningDialog } from './warningDialog.ts';
import { accessDialog, OPEN_ACCESS } from './accessDialog.ts';
import { helpDialog } from './helpDialog.ts';

/** Which screen a snapshot shows, and what forces a rebuild of it. */
export function screenKey(s: Snapshot): string {
  const c = s.context;
  if (s.matches('boot')) return 'boot';
  if (s.matches('outOfService')) return 'outOfService';
  if (s.matches('closed')) return 'closed';
  if (s.matches('attract')) return 'attract';
  if (s.matches('display')) return `display|${c.chapterIndex}`;
  if (s.matches({ visit: { flow: 'home' } })) return `home|${c.lang}`;
  if (s.matches({ visit: { flow: 'advisory' } })) return `advisory|${c.lang}`;
  if (s.matches({ visit: { flow: 'sources' } })) return `sources|${c.lang}`;
  const sub = chapterPhase(s);
  return `chapter|${c.chapterIndex}|${c.lang}|${sub}${c.access.lowReach ? '|low' : ''}`;
}

function build(key: string, s: Snapshot, send: Send): Screen {
  const kind = key.split('|')[0];
  if (kind === 'boot') return bootScreen(s);
  if (kind === 'outOfService') return outOfServiceScreen();
  if (kind === 'closed') return closedScreen(s);
  if (kind === 'attract') return attractScreen(s, send);
  if (kind === 'display') return displayScreen(s, send);
  if (kind === 'home') return homeScreen(s, send);
  if (kind === 'advisory') return advisoryScreen(s, send);
  if (kind === 'sources') return sourcesScreen(s, send);
  return chapterScreen(s, send);
}

/** The kiosk's volume, which the docent bar shows and changes (0 to 1). */
export interface Volume {
  level(): number;
  change(step: number): void;
}

/** Renders the machine's snapshots into `root`. */
export class Overlay {
  private screen: { key: string; view: Screen } | undefined;
  private dialog: Screen | undefined;
  private docentBar: HTMLElement | undefined;

  private access: Screen | undefined;
  private accessLang = '';
  private help: Screen | undefined;
  private helpFrom: HTMLElement | null = null;
  private last: Snapshot | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly send: Send,
    private readonly volume?: Volume,
  ) {
    root.addEventListener(OPEN_ACCESS, () => this.openAccess());
  }

  /** Shows the screen for `s`, rebuilding only when the screen itself changes. */
  update(s: Snapshot): void {
    this.last = s;
    document.documentElement.lang = s.context.lang;
    const a = s.context.access;
    this.root.classList.toggle('large-captions', a.largeCaptions);
    this.root.classList.toggle('contrast-captions', a.contrastCaptions);
    document.documentElement.classList.toggle('large-text', a.largeText);
    document.documentElement.classList.toggle('low-reach', a.lowReach);
    document.documentElement.classList.toggle('roomy', a.largeText || a.largeCaptions);
    const key = screenKey(s);
    // The settings dialog belongs to the visit and its language: it closes when either changes.
    if (
      this.access &&
      (!s.matches('visit') ||
        s.context.lang !== this.accessLang ||
        s.matches({ visit: { idle: 'warning' } }))
    )
      this.closeAccess();
    if (this.screen?.key !== key) this.replaceScreen(key, s);
    this.screen?.view.update(s);
    this.updateDialog(s);
    this.access?.update(s);
    this.updateDocentBar(s);
  }

  /** Shows the key help over whatever is on screen, or hides it; true when it is shown. */
  toggleHelp(): boolean {
    if (this.help) {
      this.closeHelp();
      return false;
    }
    if (!this.last) return false;
    this.help = helpDialog(this.last, this.send, () => this.closeHelp());
    this.helpFrom = document.activeElement as HTMLElement | null;
    this.root.append(this.help.root);
    this.syncInert();
    this.help.root.querySelector('button')?.focus();
    return true;
  }

  private closeHelp(): void {
    this.help?.root.remove();
    this.help = undefined;
    this.syncInert();
    this.helpFrom?.focus();
  }

  /** Under any dialog (the warning, the key help, "Accessibility") the screen cannot be reached. */
  private syncInert(): void {
    this.screen?.view.root.toggleAttribute('inert', !!(this.dialog || this.access || this.help));
  }

  private openAccess(): void {
    if (this.access || !this.last) return;
    this.access = accessDialog(this.last, this.send, () => this.closeAccess());
    this.accessLang = this.last.context.lang;
    this.syncInert();
    this.root.append(this.access.root);
    this.access.root.querySelector('button')?.focus();
  }

  private closeAccess(): void {
    if (!this.access) return;
    this.access.root.remove();
    this.access = undefined;
    this.syncInert();
    this.screen?.view.root.querySelector<HTMLElement>('[data-key="access"]')?.focus();
  }

  /** In a guided tour, a small bar says so, sets the volume and lets the docent end it. */
  private updateDocentBar(s: Snapshot): void {
    const key = s.context.mode === 'docent' && s.matches('visit') ? s.context.lang : '';
    if (this.docentBar?.dataset.lang === key) return;
    this.docentBar?.remove();
    this.docentBar = undefined;
    this.root.classList.toggle('touring', !!key);
    if (!key) return;
    const volume = this.volume;
    const level = h('span', { class: 'docent-volume', role: 'status' });
    const show = () =>
      volume &&
      (level.textContent = say(s.context, 'volumeLevel', {
        n: Math.round(volume.level() * 100),
      }));
    const step = (by: number) => () => {
      volume?.change(by);
      show();
    };
    show();
    this.docentBar = h(
      'aside',
      { class: 'docent-bar', 'data-lang': key, 'aria-label': say(s.context, 'guidedTour') },
      h('span', { class: 'docent-label' }, say(s.context, 'guidedTour')),
      ...(volume
        ? [
            button('−', step(-0.1), this.send, { 'aria-label': say(s.context, 'quieter') }),
            level,
            button('+', step(0.1), this.send, { 'aria-label': say(s.context, 'louder') }),
          ]
        : []),
      button(say(s.context, 'endTour'), { type: 'kiosk.mode', mode: 'visitor' }, this.send),
    );
    this.root.append(this.docentBar);
  }

  private replaceScreen(key: string, s: Snapshot): void {
    const active = document.activeElement as HTMLElement | null;
    const hadFocus = !!active && !!this.screen?.view.root.contains(active);
    const focused = active?.dataset?.key;
    const view = build(key, s, this.send);
    this.screen?.view.root.remove();
    this.root.prepend(view.root);
    this.screen = { key, view };
    this.syncInert();
    // Keyboard and keypad users keep their place: refocus the same control, else the screen's main
    // action, else its first control.
    if (hadFocus) {
      const q = (sel: string) => view.root.querySelector<HTMLElement>(sel);
      (q(`[data-key="${focused}"]`) ?? q('button.primary') ?? q('button'))?.focus();
    }
  }

  private updateDialog(s: Snapshot): void {
    const warning = s.matches({ visit: { idle: 'warning' } });
    if (warning && !this.dialog) {
      this.dialog = warningDialog(s, this.send);
      this.syncInert();
      this.root.append(this.dialog.root);
      this.dialog.root.querySelector('button')?.focus();
    } else if (!warning && this.dialog) {
      this.dialog.root.remove();
      this.dialog = undefined;
      this.syncInert();
    }
    this.dialog?.update(s);
  }
}
