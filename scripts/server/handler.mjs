// The request handler: GET and HEAD of files in the build, 404 for anything else, byte ranges
// for media, and the headers from headers.mjs.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { inlineScriptHashes } from './csp.mjs';
import { findFile } from './files.mjs';
import { cacheControl, commonHeaders } from './headers.mjs';
import { contentType } from './types.mjs';

/**
 * A handler for node:http serving the files under `root` (a directory, or a function naming it at
 * each request: a kiosk's current release, whose link may switch while the server runs).
 */
export function staticHandler(root) {
  return (req, res) => {
    serve(root, req, res).catch((e) => {
      if (!res.headersSent) plain(res, 500, 'Server error\n');
      else res.destroy(e);
    });
    return true;
  };
}

async function serve(from, req, res) {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  let root;
  try {
    root = typeof from === 'function' ? from() : from;
  } catch {
    return plain(res, 503, 'No release is installed yet: run "kioskctl install <release>".\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(res, 405, 'Method not allowed\n');
  }
  const found = await findFile(root, path);
  // A kiosk without a kiosk.json: "nothing here" without an error in the page's console.
  if (!found && path.endsWith('/kiosk.json')) {
    res.writeHead(204, { ...commonHeaders(), 'Cache-Control': 'no-store' });
    return void res.end();
  }
  if (!found) return plain(res, 404, `Not found: ${path}\n`, req.method === 'HEAD');
  const type = contentType(found.file);
  const etag = `W/"${found.size.toString(16)}-${found.mtime.getTime().toString(16)}"`;
  let body;
  let hashes = [];
  if (type.startsWith('text/html')) {
    body = await readFile(found.file);
    hashes = inlineScriptHashes(body.toString('utf8'));
  }
  const headers = {
    ...commonHeaders(hashes),
    'Content-Type': type,
    'Cache-Control': cacheControl(path),
    'Last-Modified': found.mtime.toUTCString(),
    ETag: etag,
    'Accept-Ranges': 'bytes',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const range = parseRange(req.headers.range, found.size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${found.size}` });
    return void res.end();
  }
  const [start, end] = range ?? [0, found.size - 1];
  const length = found.size === 0 ? 0 : end - start + 1;
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Content-Length': String(length),
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${found.size}` } : {}),
  });
  if (req.method === 'HEAD' || length === 0) return void res.end();
  if (body) return void res.end(body.subarray(start, end + 1));
  const stream = createReadStream(found.file, { start, end });
  stream.on('error', (e) => res.destroy(e));
  stream.pipe(res);
}

function plain(res, status, text, head = false) {
  res.writeHead(status, {
    ...commonHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(head ? undefined : text);
}

/**
 * One byte range from a Range header: [start, end] inclusive, 'unsatisfiable', or undefined for
 * no (or an unsupported, e.g. multi-part) range, which is answered with the whole file.
 */
export function parseRange(header, size) {
  if (typeof header !== 'string') return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start;
  let end;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
