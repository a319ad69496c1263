// What this kiosk runs, as two short strings its metrics and analytics carry: the release (the
// build: `VITE_KIOSK_RELEASE`, set when a signed release is built; "dev" otherwise) and the content
// version (a hash of the exhibit as the page loaded it: its chapters, texts and media references),
// so that a fleet dashboard shows which kiosks run which build with which content.

/** The release this page was built as: a signed release's version, or "dev". */
export const RELEASE: string = import.meta.env.VITE_KIOSK_RELEASE ?? 'dev';

const hashes = new WeakMap<object, string>();

/**
 * The content version of `exhibit`: 8 hex digits of FNV-1a over its JSON, the same on every kiosk
 * running the same content, different as soon as a chapter, text or media reference changes.
 * "none" before the exhibit has loaded. Computed once per exhibit object.
 */
export function contentVersion(exhibit: object | null | undefined): string {
  if (!exhibit) return 'none';
  let hash = hashes.get(exhibit);
  if (hash === undefined) {
    hash = fnv1a(JSON.stringify(exhibit));
    hashes.set(exhibit, hash);
  }
  return hash;
}

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
