// The staff panel's analytics: what visitors did, as plain bar charts (visits by hour of day, the
// chapter funnel from start to completion, languages, idle resets), and CSV and JSON exports.
// Everything is local to this kiosk; nothing identifies a person.
import { type AnalyticsEvent, type Summary, summary, toCsv, toJson } from '../../kiosk/staffApi.ts';
import { h } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A horizontal-label bar chart of `values`, scaled to the largest. */
function bars(title: string, rows: [string, number, number?][]): HTMLElement {
  const max = Math.max(1, ...rows.flatMap(([, a, b]) => [a, b ?? 0]));
  const rowH = 26;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 400 ${rows.length * rowH}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute(
    'aria-label',
    `${title}: ${rows.map(([k, a, b]) => `${k} ${a}${b === undefined ? '' : `/${b}`}`).join(', ')}`,
  );
  rows.forEach(([label, a, b], i) => {
    const y = i * rowH;
    const add = (tag: string, attrs: Record<string, string | number>, text?: string) => {
      const el = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      if (text !== undefined) el.textContent = text;
      svg.append(el);
    };
    add('text', { x: 0, y: y + 17, class: 'chart-label' }, label);
    add('rect', { x: 120, y: y + 4, width: (230 * a) / max, height: 16, class: 'chart-bar' });
    if (b !== undefined)
      add('rect', {
        x: 120,
        y: y + 4,
        width: (230 * b) / max,
        height: 16,
        class: 'chart-bar done',
      });
    add(
      'text',
      { x: 356, y: y + 17, class: 'chart-value' },
      b === undefined ? `${a}` : `${b}/${a}`,
    );
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg);
}

/** Offers `text` as a file download (a blob link the lockdown lets through). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The section for these events. */
export function analyticsSection(events: AnalyticsEvent[]): HTMLElement {
  const s: Summary = summary(events);
  const stamp = new Date().toISOString().slice(0, 10);
  return h(
    'section',
    { class: 'staff-analytics' },
    h(
      'h3',
      {},
      `Analytics: ${s.sessions} visit${s.sessions === 1 ? '' : 's'}, median ${Math.round(s.medianSeconds)} s, ${s.idleResets} reset by idle`,
    ),
    h(
      'div',
      { class: 'charts' },
      bars(
        'Visits by hour of day',
        s.visitsByHour
          .map((n, hour): [string, number] => [`${hour}:00`, n])
          .filter(([, n], i) => n > 0 || i % 3 === 0),
      ),
      bars(
        'Chapters: completed / started',
        Object.entries(s.chapters).map(([id, c]): [string, number, number] => [
          id.slice(0, 16),
          c.starts,
          c.completes,
        ]),
      ),
      bars('Languages (visits)', Object.entries(s.languages)),
    ),
    h(
      'div',
      { class: 'staff-actions' },
      h(
        'button',
        {
          type: 'button',
          onclick: () => download(`visits-${stamp}.csv`, 'text/csv', toCsv(events)),
        },
        'Export CSV',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => download(`visits-${stamp}.json`, 'application/json', toJson(events)),
        },
        'Export JSON',
      ),
    ),
  );
}
