// The studio's HTTP API (`npm run studio`): shared by its local server (scripts/studio/) and its
// browser app (src/studio/). Every route is under API; bodies are JSON. The studio is a curator's
// authoring tool on one machine: it is never part of the kiosk's build.
//
// Paths are relative to the studio's content root (a folder holding `exhibits/<id>/` and
// `media/<id>/`; the repository by default), e.g. `exhibits/uprising/chapters/strike.json`.

import type { ContentError } from '../content/errors.ts';
import type { ParseProblem } from '../content/jsonText.ts';

/** Every route's prefix. */
export const API = '/__studio/api/';

/** Where the studio app is served; the kiosk itself (its preview) is served at `/`. */
export const STUDIO_PATH = '/studio/';

/** A JSON file's parse error (1-based line and column): src/content/jsonText.ts. */
export type { ParseProblem };

/** GET `files?path=<path>`: one content file as it is on disk now. */
export interface FileRead {
  path: string;
  /** The bytes on disk, as text. */
  text: string;
  /** The parsed value; null when the text is not JSON (then `parseError` says why). */
  json: unknown;
  parseError: ParseProblem | null;
  /** SHA-256 (hex) of the text: a write names the version it was made from. */
  hash: string;
  /** A kept draft for this file (an edit that was not valid), if any. */
  draft: Draft | null;
}

/** PUT `files` body: write a value, formatted as the repository formats JSON (Prettier). */
export interface FileWrite {
  path: string;
  json: unknown;
  /** The hash of the version the edit started from; null for a new file. */
  baseHash: string | null;
}

/**
 * PUT `files` answer. 200 `written`; 409 `conflict` (the file changed on disk since `baseHash`:
 * nothing written, both versions returned for the curator to choose); 422 `draft` (the value does
 * not pass the schema: kept as a draft with its errors, the file on disk untouched).
 */
export type FileWriteResult =
  | { status: 'written'; hash: string; text: string }
  | { status: 'conflict'; disk: FileRead; mine: unknown }
  | { status: 'draft'; draft: Draft };

/** An edit kept because it was not valid (under `.studio/drafts/` in the content root). */
export interface Draft {
  path: string;
  json: unknown;
  errors: ContentError[];
  /** ISO time it was kept. */
  saved: string;
}
// DELETE `drafts?path=<path>`: drop a draft (the curator chose the file on disk).

/** GET `exhibits`: every exhibit under the content root. */
export interface ExhibitSummary {
  id: string;
  /** The folder's name; differs from `id` only in a broken copy (the check says so). */
  folder: string;
  title: Record<string, string> | null;
  languages: string[];
  defaultLanguage: string | null;
  chapters: string[];
  /** Problems found when it was listed (parse errors included); the full check is `check`. */
  errors: ContentError[];
}

/** POST `exhibits` body: a new exhibit from the template, or a copy of another one. */
export interface ExhibitCreate {
  id: string;
  title: string;
  /** Its languages; the first is the default. */
  languages: string[];
  /** Copy this exhibit (its chapters and media) instead of the one-chapter template. */
  from?: string;
}
// POST `exhibits` answers 201 ExhibitSummary, or 400 { errors: ContentError[] } (a bad or taken id).

/** GET `check?exhibit=<id>`: the content part of `npm run check` for one exhibit. */
export interface CheckResult {
  exhibit: string;
  ok: boolean;
  errors: ContentError[];
  warnings: ContentError[];
  /** Chapters (per language) whose narration or prompts are missing or older than the script. */
  stale: { chapter: string; lang: string; what: 'narration' | 'prompt' }[];
}

/** POST `jobs` body: a long task run by the server, watched through `jobs/<id>`. */
export type JobRequest =
  | { kind: 'voice'; exhibit: string; chapter?: string } // no chapter: every stale one
  | { kind: 'publish'; exhibit: string };

/** GET `jobs/<id>`: a job's state (poll it; or GET `jobs/<id>/events`, server-sent events of Job). */
export interface Job {
  id: string;
  kind: JobRequest['kind'];
  exhibit: string;
  state: 'running' | 'done' | 'failed';
  /** 0 to 1. */
  progress: number;
  /** What it is doing now, in words ("Voicing “Strike” in Russian, sentence 3 of 12"). */
  step: string;
  /** Its output so far, the last lines. */
  log: string[];
  /** Why it failed, in words a curator can act on (a missing tool: its package and the command). */
  error: string | null;
  /** publish: where the built kiosk is. */
  output?: string;
}

/** POST `media` body: an image imported into `media/<exhibit>/images/`, with its rights. */
export interface ImageImport {
  exhibit: string;
  /** File name as the curator's file had it; the server makes it a safe, unique name. */
  name: string;
  /** The file's bytes, base64. */
  base64: string;
}
// POST `media` answers 201 { path: string } (relative to media/<exhibit>/), or 400 { errors }.
// The rights block lives on the image cue (src/cues/rights.ts), which the studio requires.

/** The preview protocol: the studio's page talks to the kiosk in an iframe by postMessage. */
export type PreviewCommand =
  /** Content to show instead of what is on disk: file path (as above) -> JSON value. */
  | { type: 'preview.content'; exhibit: string; files: Record<string, unknown> }
  /** Show chapter `chapter` at sentence `sentence` (0-based) in `lang`, paused. */
  | { type: 'preview.show'; chapter: string; sentence: number; lang: string }
  /** Play from where it is, with the voiced audio when it exists. */
  | { type: 'preview.play' }
  | { type: 'preview.pause' };

/** What the kiosk in the iframe answers. */
export type PreviewEvent =
  | { type: 'preview.ready' }
  | { type: 'preview.shown'; chapter: string; sentence: number; lang: string }
  /** The content sent could not be loaded: its errors (the preview keeps showing the last good). */
  | { type: 'preview.error'; errors: ContentError[] };
