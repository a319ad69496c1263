// The page's side of kiosk.json: the kiosk's server (scripts/server) validates the file and serves
// it beside the page as `kiosk.json`. Without one (a plain static host, `npm run dev`) there is
// none, and the kiosk runs on its own settings and the exhibit's defaults. How the file stands
// (loaded, none, refused and why) is kept for the staff panel's health section.
import { type KioskFile, parseKioskFile } from './kioskFile.ts';
import { handingOver } from './handover.ts';
import { logProblem } from './log.ts';

const WAIT_MS = 3_000;
const POLL_MS = 60_000;

/** How kiosk.json stands, as the staff panel says it. */
export interface KioskFileStatus {
  state: 'loaded' | 'none' | 'refused';
  /** Why it was refused, each naming the key; empty otherwise. */
  problems: string[];
  /** For a refused file: what the kiosk runs on instead. */
  serving?: 'last-good' | 'none';
}

let status: KioskFileStatus = { state: 'none', problems: [] };

/** How kiosk.json stood at the last fetch. */
export function kioskFileStatus(): KioskFileStatus {
  return status;
}

/** The server's word on the file (scripts/server/kioskConfig.mjs), if it gave one. */
function serverStatus(res: Response): KioskFileStatus | undefined {
  const header = res.headers.get('kiosk-file-status');
  if (!header) return undefined;
  try {
    const s = JSON.parse(decodeURIComponent(header)) as Partial<KioskFileStatus>;
    if (s.state !== 'loaded' && s.state !== 'none' && s.state !== 'refused') return undefined;
    return {
      state: s.state,
      problems: Array.isArray(s.problems) ? s.problems.map(String) : [],
      ...(s.serving === 'last-good' || s.serving === 'none' ? { serving: s.serving } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Fetches `kiosk.json` from beside the page; null when there is none or it cannot be read. */
export async function fetchKioskFile(
  base = document.baseURI,
  get: typeof fetch = fetch,
): Promise<KioskFile | null> {
  return (await readKioskFile(base, get)) ?? null;
}

/** As fetchKioskFile, but undefined when the server did not answer (no news, not "none"). */
export async function readKioskFile(
  base = document.baseURI,
  get: typeof fetch = fetch,
): Promise<KioskFile | null | undefined> {
  let text: string;
  try {
    const res = await get(new URL('kiosk.json', base), {
      cache: 'no-store',
      signal: AbortSignal.timeout(WAIT_MS),
    });
    const said = serverStatus(res);
    // 204: the kiosk's server has no kiosk.json; 404: another server, which has none either.
    if (res.status === 204 || res.status === 404) {
      status = said ?? { state: 'none', problems: [] };
      return null;
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
    status = said ?? { state: 'loaded', problems: [] };
  } catch (e) {
    logProblem('kiosk.json could not be fetched; running on this kiosk’s own settings', e);
    if (status.state === 'none')
      status = { state: 'none', problems: ['it could not be fetched from the kiosk’s server'] };
    return undefined;
  }
  const read = parseKioskFile(text);
  if (read.ok) return read.value;
  const problems = read.errors.map((e) => `at ${e.path}: ${e.message}`);
  logProblem(`kiosk.json was refused: ${problems.join('; ')}`);
  status = { state: 'refused', problems, serving: 'none' };
  return null;
}

/**
 * Watches kiosk.json for a change (every minute) and, once it changed, reloads the page with it,
 * but only while nobody is using the kiosk (`idleLoop`: attract or display loop). Returns `check`,
 * which looks now (the test build's `window.__kioskFile.check()`).
 */
export function watchKioskFile(
  first: KioskFile | null,
  idleLoop: () => boolean,
  reload: (why: string) => void,
  fetchFile: () => Promise<KioskFile | null | undefined> = () => readKioskFile(),
): () => Promise<boolean> {
  const seen = JSON.stringify(first);
  let changed = false;
  let checking = false;
  const check = async () => {
    // Not while a new build takes over: a request then could keep the old one (handover.ts).
    if (!changed && !checking && !handingOver()) {
      checking = true;
      try {
        // A server that did not answer is no news: reloading now could blank the screen.
        const now = await fetchFile();
        changed = now !== undefined && JSON.stringify(now) !== seen;
      } finally {
        checking = false;
      }
    }
    if (changed && idleLoop()) reload('kiosk.json changed');
    return changed;
  };
  setInterval(() => void check(), POLL_MS);
  // A change found during a visit waits for the loop.
  setInterval(() => {
    if (changed && idleLoop()) reload('kiosk.json changed');
  }, 5_000);
  return check;
}
