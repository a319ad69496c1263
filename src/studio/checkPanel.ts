// Screen 4: check the exhibit (npm run check's content part), voice and publish. Errors that
// belong to a field are put beside it by the chapter editor; the rest are listed here, each with a
// link to where it is.
import type { CheckResult } from './api.ts';
import type { ContentError } from '../content/errors.ts';
import { fill, h } from './dom.ts';
import { api } from './http.ts';
import { runJob } from './jobView.ts';
import type { Session } from './session.ts';

/** Which chapter an error is about, from its file (a chapter file or its narration). */
export function chapterOfError(e: ContentError, chapters: string[]): string | undefined {
  const file = e.file.replace(/\\/g, '/');
  const m =
    /\/chapters\/([a-z0-9-]+)\.json$/.exec(file) ??
    /\/narration\/([a-z0-9-]+)\.[a-z]{2,3}\.vtt$/.exec(file);
  return m && chapters.includes(m[1]!) ? m[1] : undefined;
}

export class Checker {
  result: CheckResult | null = null;
  private listeners = new Set<(r: CheckResult | null) => void>();
  constructor(readonly session: Session) {}
  onResult(fn: (r: CheckResult | null) => void) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  async run(): Promise<CheckResult | ContentError[]> {
    // Edits waiting for their pause are written first: the check reads the files on disk.
    await Promise.all(
      [this.session.exhibit, ...this.session.chapters.values()].map((d) => d.flush()),
    );
    const r = await api.check(this.session.id);
    if (!r.ok) return r.errors;
    this.result = r.body;
    for (const fn of this.listeners) fn(this.result);
    return r.body;
  }
}

/**
 * The panel: Check, Voice (this chapter / every stale one), Publish, and the errors no field
 * shows. `placed` says which errors a field on screen shows; `goTo` opens a chapter at a field.
 */
export function checkPanel(
  checker: Checker,
  opts: {
    chapter: () => string | undefined;
    placed: (e: ContentError) => boolean;
    goTo: (chapter: string | undefined, path: string) => void;
  },
): HTMLElement {
  const s = checker.session;
  const summary = h('div', { class: 'check-summary', 'aria-live': 'polite' });
  const job = h('div', { class: 'job-slot' });
  const chapters = () => (s.json.chapters ?? []) as string[];

  const show = (r: CheckResult | ContentError[]) => {
    if (Array.isArray(r))
      return fill(summary, h('p', { class: 'problem' }, r.map((e) => e.message).join('; ')));
    const rest = r.errors.filter((e) => !opts.placed(e));
    const stale = r.stale.filter((x) => x.what === 'narration');
    fill(
      summary,
      h(
        'p',
        { class: r.ok ? 'ok' : 'problem' },
        r.ok
          ? 'No problems: ready to publish.'
          : `${r.errors.length} ${r.errors.length === 1 ? 'problem' : 'problems'}${
              rest.length < r.errors.length
                ? `, ${r.errors.length - rest.length} shown beside their fields`
                : ''
            }.`,
      ),
      stale.length
        ? h(
            'p',
            { class: 'muted' },
            `Not voiced since the script changed: ${stale.map((x) => `${x.chapter} (${x.lang})`).join(', ')}.`,
          )
        : null,
      rest.length
        ? h(
            'ul',
            { class: 'error-list' },
            rest.map((e) => {
              const ch = chapterOfError(e, chapters());
              const where = [ch ? `chapter “${ch}”` : e.file.split('/').slice(-2).join('/'), e.path]
                .filter(Boolean)
                .join(', ');
              return h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: ch ? `#/exhibit/${s.id}/${ch}` : `#/exhibit/${s.id}`,
                    onclick: (ev) => {
                      ev.preventDefault();
                      opts.goTo(ch, e.path);
                    },
                  },
                  where || 'the exhibit',
                ),
                `: ${e.message}`,
              );
            }),
          )
        : null,
      r.warnings.length
        ? h(
            'details',
            {},
            h(
              'summary',
              {},
              `${r.warnings.length} ${r.warnings.length === 1 ? 'warning' : 'warnings'}`,
            ),
            h(
              'ul',
              {},
              r.warnings.map((w) => h('li', {}, `${w.path ? `${w.path}: ` : ''}${w.message}`)),
            ),
          )
        : null,
    );
  };
  // After every listener: the chapter editor places its errors first.
  checker.onResult((r) => r && queueMicrotask(() => show(r)));

  const busy = (b: boolean) =>
    panel.querySelectorAll<HTMLButtonElement>('button').forEach((x) => (x.disabled = b));
  const action = (fn: () => Promise<unknown>) => async () => {
    busy(true);
    try {
      await fn();
    } finally {
      busy(false);
    }
  };
  const check = action(async () => {
    fill(summary, h('p', { class: 'muted' }, 'Checking…'));
    show(await checker.run());
  });
  const voice = (all: boolean) =>
    action(async () => {
      const ch = opts.chapter();
      await Promise.all([s.exhibit, ...s.chapters.values()].map((d) => d.flush()));
      await runJob(
        job,
        { kind: 'voice', exhibit: s.id, ...(!all && ch && { chapter: ch }) },
        all || !ch
          ? 'Voicing every chapter not voiced since its script changed'
          : `Voicing “${ch}”`,
      );
      await s.refreshVoiced();
      show(await checker.run());
    });
  const publish = action(async () => {
    await Promise.all([s.exhibit, ...s.chapters.values()].map((d) => d.flush()));
    await runJob(job, { kind: 'publish', exhibit: s.id }, 'Publishing');
  });

  const panel = h(
    'section',
    { class: 'check-panel', 'aria-labelledby': 'check-h' },
    h('h2', { id: 'check-h' }, 'Check and publish'),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'button', onclick: check }, 'Check'),
      h(
        'button',
        { type: 'button', class: 'quiet', onclick: voice(false), 'data-action': 'voice-chapter' },
        'Voice this chapter',
      ),
      h(
        'button',
        { type: 'button', class: 'quiet', onclick: voice(true), 'data-action': 'voice-stale' },
        'Voice all stale',
      ),
      h('button', { type: 'button', onclick: publish, 'data-action': 'publish' }, 'Publish'),
    ),
    summary,
    job,
  );
  if (checker.result) show(checker.result);
  return panel;
}
