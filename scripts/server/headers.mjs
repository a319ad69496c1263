// The headers every answer carries, and how long each kind of file may be kept.
import { contentSecurityPolicy } from './csp.mjs';

/** Headers on every answer, found or not: no sniffing, no referrer, the kiosk-only policy. */
export function commonHeaders(hashes = []) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/**
 * Cache-Control for a path: the build's hashed files under /assets/ never change (a new build
 * names them anew); index.html, sw.js, exhibits and media keep their names, so the browser asks.
 */
export function cacheControl(urlPath) {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
