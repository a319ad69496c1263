// The browser's side of reading content: a file is refused before it is parsed when it is missing,
// is a web page where data was expected, or is larger than its kind may be. A 50 MB file is
// refused from its Content-Length, or after its first bytes over the limit, and never read whole.
import { FILE, FileProblem, type FileKind, tooLarge } from './limits.ts';

/** What a content file should be, for the "the server sent …" message. */
const EXPECTED: Record<FileKind, string> = {
  exhibit: 'JSON',
  chapter: 'JSON',
  ledger: 'JSON',
  plan: 'JSON',
  captions: 'WebVTT captions',
  audio: 'audio',
};

/**
 * Checks a response's status, type and declared size; throws FileProblem. A 404 is `missing`.
 * Used for GET and HEAD alike, so a media check refuses what the loader would.
 */
export function checkResponse(res: Response, kind: FileKind): void {
  if (res.status === 404) {
    throw new FileProblem(
      'not found (404): the server has no such file; check that it was copied to the kiosk with the rest of the exhibit, or fix the name that points to it',
      true,
    );
  }
  if (!res.ok) {
    throw new FileProblem(
      `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} instead of the file: check the kiosk's server and its log`,
    );
  }
  const type = res.headers.get('Content-Type') ?? '';
  // A server that answers its start page for a missing file sends HTML where data belongs.
  if (/html/i.test(type)) {
    throw new FileProblem(
      `expected ${EXPECTED[kind]}, but the server sent a web page (Content-Type: ${type}), as servers do for a missing file: check that the file is on the kiosk's server under this name`,
    );
  }
  const declared = Number(res.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > FILE[kind].max)
    throw new FileProblem(tooLarge(kind, declared));
}

/** The text of a response, read only as far as its kind's size limit allows. */
export async function boundedText(res: Response, kind: FileKind): Promise<string> {
  try {
    checkResponse(res, kind);
  } catch (e) {
    void res.body?.cancel().catch(() => undefined);
    throw e;
  }
  const max = FILE[kind].max;
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // No Content-Length (a compressed or chunked answer): count the bytes as they come.
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      throw new FileProblem(tooLarge(kind, size, true));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
