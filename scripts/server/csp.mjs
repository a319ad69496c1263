// The Content-Security-Policy for the kiosk's page: its own origin only. Exceptions, each needed:
// - script-src: the sha-256 of each inline <script> in the index.html served (the key blocker
//   and the boot guard run before any file loads); no 'unsafe-inline', no 'unsafe-eval'.
// - worker-src blob:  Pixi decodes images in workers it creates from blob: URLs.
// - img-src blob: data:  Pixi's textures and the page's empty favicon (`data:,`).
// - media-src blob: data:  Howler unlocks audio with a tiny data: URI sound.
import { createHash } from 'node:crypto';

/** The sha-256 sources ('sha256-…') of every inline classic script in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(m[1] ?? '')) continue;
    const digest = createHash('sha256')
      .update(m[2] ?? '', 'utf8')
      .digest('base64');
    hashes.push(`'sha256-${digest}'`);
  }
  return [...new Set(hashes)];
}

/** The policy for a page whose inline scripts hash to `hashes`. */
export function contentSecurityPolicy(hashes = []) {
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
