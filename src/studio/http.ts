// The studio's calls to its server (routes and types in api.ts). Every call answers; a failure of
// the network or the server becomes a ContentError-like message, never a thrown page.
import {
  API,
  type CheckResult,
  type ExhibitCreate,
  type ExhibitSummary,
  type FileRead,
  type FileWrite,
  type FileWriteResult,
  type ImageImport,
  type Job,
  type JobRequest,
} from './api.ts';
import type { ContentError } from '../content/errors.ts';
import type { JSONSchema } from './schemaForm.ts';

/** GET `schemas`. */
export interface Schemas {
  exhibit: JSONSchema;
  chapter: JSONSchema;
  cues: Record<string, JSONSchema>;
}

export type Answer<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; errors: ContentError[] };

async function call<T>(method: string, route: string, body?: unknown): Promise<Answer<T>> {
  try {
    const res = await fetch(API + route, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const json: unknown = text ? JSON.parse(text) : null;
    // 409 and 422 of PUT files are answers, not failures.
    if (res.ok || res.status === 409 || res.status === 422)
      return { ok: true, status: res.status, body: json as T };
    const errors = (json as { errors?: ContentError[] } | null)?.errors ?? [
      { file: route, path: '', message: `the studio's server answered ${res.status}` },
    ];
    return { ok: false, status: res.status, errors };
  } catch (e) {
    return {
      ok: false,
      status: 0,
      errors: [
        {
          file: route,
          path: '',
          message: `the studio's server did not answer (${(e as Error).message}): is npm run studio still running?`,
        },
      ],
    };
  }
}

const q = encodeURIComponent;

export const api = {
  exhibits: () => call<ExhibitSummary[]>('GET', 'exhibits'),
  createExhibit: (c: ExhibitCreate) => call<ExhibitSummary>('POST', 'exhibits', c),
  read: (path: string) => call<FileRead>('GET', `files?path=${q(path)}`),
  write: (w: FileWrite) => call<FileWriteResult>('PUT', 'files', w),
  dropDraft: (path: string) => call<unknown>('DELETE', `drafts?path=${q(path)}`),
  check: (exhibit: string) => call<CheckResult>('GET', `check?exhibit=${q(exhibit)}`),
  startJob: (r: JobRequest) => call<Job>('POST', 'jobs', r),
  job: (id: string) => call<Job>('GET', `jobs/${q(id)}`),
  importImage: (i: ImageImport) => call<{ path: string }>('POST', 'media', i),
  schemas: () => call<Schemas>('GET', 'schemas'),
};
