// Maps a request path to a file inside the served root, or to nothing: never outside the root,
// never a directory, never a dotfile; `/` alone means index.html (there is no SPA fallback).
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file a URL path names inside `root`, with its size and modification time, or undefined
 * when there is none (missing, a directory, hidden, or a path that would leave the root).
 */
export async function findFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined; // malformed %-escapes
  }
  if (path === '/') path = '/index.html';
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return undefined;
  const parts = path.split('/').slice(1);
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.'))) return undefined;
  const file = resolve(root, ...parts);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
    return undefined;
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size, mtime: info.mtime } : undefined;
  } catch {
    return undefined;
  }
}
