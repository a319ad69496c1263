// A job the server runs (voice, publish): its progress bar, the step in words, and why it failed.
import type { Job, JobRequest } from './api.ts';
import { fill, h } from './dom.ts';
import { api } from './http.ts';

export const POLL_MS = 400;

/** Starts `req` and shows it in `el` until it ends; resolves with its last state (null if refused). */
export async function runJob(el: HTMLElement, req: JobRequest, label: string): Promise<Job | null> {
  const bar = h('progress', { max: 1, value: 0, 'aria-label': `${label}: progress` });
  const step = h('p', { class: 'step' }, 'Starting…');
  const box = h(
    'div',
    { class: 'job', 'data-state': 'running', role: 'status' },
    h('h3', {}, label),
    bar,
    step,
  );
  fill(el, box);
  const started = await api.startJob(req);
  if (!started.ok) {
    box.dataset.state = 'failed';
    fill(step, started.errors.map((e) => e.message).join('; '));
    return null;
  }
  let job = started.body;
  for (;;) {
    bar.value = job.progress;
    step.textContent = job.step || (job.state === 'running' ? 'Working…' : '');
    box.dataset.state = job.state;
    if (job.state !== 'running') break;
    await new Promise((r) => setTimeout(r, POLL_MS));
    const next = await api.job(job.id);
    if (!next.ok) {
      box.dataset.state = 'failed';
      step.textContent = next.errors.map((e) => e.message).join('; ');
      return null;
    }
    job = next.body;
  }
  if (job.state === 'done') {
    bar.value = 1;
    step.textContent = job.output ? `Done. The built kiosk is in ${job.output}.` : 'Done.';
  } else {
    box.setAttribute('role', 'alert');
    box.append(
      h('p', { class: 'job-error' }, job.error ?? 'It stopped without saying why.'),
      job.log.length
        ? h('details', {}, h('summary', {}, 'What it printed'), h('pre', {}, job.log.join('\n')))
        : '',
    );
  }
  return job;
}
