// The page's side of kiosk.json: the kiosk's server (scripts/server) validates the file and serves
// it beside the page as `kiosk.json`. Without one (a plain static host, `npm run dev`) there is
// none, and the kiosk runs on its own settings and the exhibit's defaults.
import { type KioskFile, parseKioskFile } from './kioskFile.ts';
import { logProblem } from './log.ts';

const WAIT_MS = 3_000;

/** Fetches `kiosk.json` from beside the page; null when there is none or it cannot be read. */
export async function fetchKioskFile(
  base = document.baseURI,
  get: typeof fetch = fetch,
): Promise<KioskFile | null> {
  let text: string;
  try {
    const res = await get(new URL('kiosk.json', base), {
      cache: 'no-store',
      signal: AbortSignal.timeout(WAIT_MS),
    });
    // 204: the kiosk's server has no kiosk.json; 404: another server, which has none either.
    if (res.status === 204 || res.status === 404) return null;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (e) {
    logProblem('kiosk.json could not be fetched; running on this kiosk’s own settings', e);
    return null;
  }
  const read = parseKioskFile(text);
  if (read.ok) return read.value;
  logProblem(
    `kiosk.json was refused: ${read.errors.map((e) => `at ${e.path}: ${e.message}`).join('; ')}`,
  );
  return null;
}
