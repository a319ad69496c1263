// The kiosk's service worker (plain JS; scripts/swPlugin.ts writes it into the build with the
// build's manifest). Its one rule: a kiosk keeps running the last build that arrived whole.
// - Install precaches the app (index.html, assets/) and the current exhibit's content, each file
//   checked: a 200, a Content-Type that fits its name, and the bytes this build was made with
//   (its revision). Anything else fails the install, so the worker in charge stays in charge and
//   the browser tries again at its next update check. Files whose revision did not change are
//   copied from the old caches instead of fetched.
// - The current exhibit is the one the page registered the worker for (`sw.js?exhibit=<id>`),
//   else the build's default.
// - At run time exhibit data and media go network-first; only a 200 whose type fits is cached,
//   and an error or a mistyped answer never replaces a cached file: the cached copy is answered.
// - Everything is addressed relative to the worker's scope, so a kiosk served under a sub-path
//   (/kiosk/: the build's URLs are relative, vite.config.ts's base) is precached and cached too;
//   <scope>__kiosk/ (the server's routes) is never cached.
// - Activation (a new build, which waits until the page asks it to take over from its attract
//   loop) deletes the caches of older builds and content.
const MANIFEST = self.__MANIFEST__;
const EXHIBIT = (() => {
  const id = new URL(self.location.href).searchParams.get('exhibit');
  return id && MANIFEST.exhibits[id] ? id : MANIFEST.defaultExhibit;
})();
const CONTENT_FILES = MANIFEST.exhibits[EXHIBIT] ?? [];
const APP_CACHE = `app-${MANIFEST.version}`;
const CONTENT_CACHE = `content-${EXHIBIT}-${revisionOf(CONTENT_FILES)}`;
const OURS = /^(app-|content-|shell-|content$)/;
/** The header a precached copy carries its revision in. */
const REVISION = 'x-kiosk-revision';
const PARALLEL = 4;
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

// Content-Type each kind of file must have; other names: anything but HTML.
const TYPES = {
  html: /^text\/html/,
  js: /^(text|application)\/javascript/,
  mjs: /^(text|application)\/javascript/,
  css: /^text\/css/,
  json: /^application\/([\w.-]+\+)?json/,
  webmanifest: /^application\/manifest\+json/,
  vtt: /^text\/vtt/,
  txt: /^text\/plain/,
  opus: /^audio\/(ogg|opus)/,
  ogg: /^(audio|application)\/ogg/,
  mp3: /^audio\/(mpeg|mp3)/,
  wav: /^audio\/(wav|wave|x-wav|vnd\.wave)/,
  webm: /^video\/webm/,
  mp4: /^video\/mp4/,
  png: /^image\/png/,
  webp: /^image\/webp/,
  jpg: /^image\/jpeg/,
  jpeg: /^image\/jpeg/,
  svg: /^image\/svg\+xml/,
  woff2: /^(font\/woff2|application\/font-woff2)/,
  woff: /^(font\/woff|application\/font-woff)$/,
};

/** Whether a response's Content-Type fits the file its URL names (a path ending in / is a page). */
function fits(url, response) {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const path = new URL(url).pathname;
  const ext = path.endsWith('/') ? 'html' : (/\.([a-z0-9]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
  const expected = TYPES[ext];
  return expected ? expected.test(type) : type !== '' && !type.startsWith('text/html');
}

function revisionOf(files) {
  let h = 0;
  for (const f of files)
    for (const c of `${f}=${MANIFEST.content[f]};`) h = (h * 31 + c.charCodeAt(0)) | 0;
  return (h >>> 0).toString(16);
}

const absolute = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

async function install() {
  const fresh = {
    app: !(await caches.has(APP_CACHE)),
    content: !(await caches.has(CONTENT_CACHE)),
  };
  const app = await caches.open(APP_CACHE);
  const content = await caches.open(CONTENT_CACHE);
  const jobs = [
    ...Object.entries(MANIFEST.shell).map(
      ([path, rev]) =>
        () =>
          precache(app, path, rev),
    ),
    ...CONTENT_FILES.map((path) => () => precache(content, path, MANIFEST.content[path])),
  ];
  try {
    await inParallel(jobs, PARALLEL);
  } catch (error) {
    // Leave nothing half-filled behind; caches the worker in charge uses are left alone.
    if (fresh.app) await caches.delete(APP_CACHE);
    if (fresh.content) await caches.delete(CONTENT_CACHE);
    throw error;
  }
}

/** Runs jobs n at a time; after a failure starts no more, waits for those running, and throws. */
async function inParallel(jobs, n) {
  let next = 0;
  let failure;
  const run = async () => {
    while (next < jobs.length && !failure) await jobs[next++]().catch((e) => (failure ??= e));
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, run));
  if (failure) throw failure;
}

/** Puts one file of the build in `cache`, checked, or throws saying what is wrong with it. */
async function precache(cache, path, rev) {
  const url = absolute(path);
  if ((await cache.match(url))?.headers.get(REVISION) === rev) return;
  const kept = await fromOlderCaches(url, rev);
  if (kept) return cache.put(url, kept);
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status !== 200) throw new Error(`${path}: the server answered ${response.status}`);
  if (!fits(url, response))
    throw new Error(`${path}: the server answered ${response.headers.get('content-type')}`);
  const body = await response.arrayBuffer();
  const got = hex(await crypto.subtle.digest('SHA-256', body)).slice(0, 16);
  if (got !== rev) throw new Error(`${path}: not the file this build lists (still being copied?)`);
  const headers = new Headers(response.headers);
  headers.set(REVISION, rev);
  await cache.put(url, new Response(body, { status: 200, headers }));
}

async function fromOlderCaches(url, rev) {
  for (const name of await caches.keys()) {
    if (!OURS.test(name)) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit?.headers.get(REVISION) === rev) return hit;
  }
  return undefined;
}

const hex = (buffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => OURS.test(k) && k !== APP_CACHE && k !== CONTENT_CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.endsWith('/sw.js')) return;
  const scope = new URL(self.registration.scope).pathname;
  // The page's beacon (src/kiosk/beacon.ts): a server that does not answer becomes a quiet answer
  // saying so (the page tries again later), instead of a network error in the page's console.
  if (request.method === 'POST' && url.pathname === `${scope}__kiosk/beacon`) {
    const undelivered = () =>
      new Response(null, { status: 202, headers: { 'Kiosk-Beacon': 'undelivered' } });
    event.respondWith(fetch(request).catch(undelivered));
    return;
  }
  if (request.mode === 'navigate') {
    if (url.pathname === scope || url.pathname === `${scope}index.html`)
      event.respondWith(page(request));
    return;
  }
  if (url.pathname === `${scope}kiosk.json` && request.method === 'GET')
    return event.respondWith(kioskFile(request));
  // The server's own routes (the release the kiosk serves, the beacon) always go to the server;
  // a cached answer would hide a new release from the page.
  // Offline, the release route answers "no release known" rather than a network error.
  if (url.pathname === `${scope}__kiosk/release` && request.method === 'GET')
    return void event.respondWith(
      fetch(request).catch(
        () => new Response('{"release":null,"offline":true}', { headers: JSON_TYPE }),
      ),
    );
  if (url.pathname.startsWith(`${scope}__kiosk/`)) return;
  const content =
    url.pathname.startsWith(`${scope}exhibits/`) || url.pathname.startsWith(`${scope}media/`);
  if (request.method === 'HEAD' && content) event.respondWith(head(request));
  else if (request.method !== 'GET') return;
  else if (content) event.respondWith(networkFirst(request));
  else event.respondWith(cacheFirst(request));
});

/** The app's page, always this build's: the precached index.html. */
async function page(request) {
  return (await (await caches.open(APP_CACHE)).match(absolute('./'))) ?? fetch(request);
}

/** The last good copy: this build's content, then its app files. */
async function cached(request) {
  // ignoreVary: module scripts are requested with an Origin header the precache had not.
  const options = { ignoreVary: true };
  return (
    (await (await caches.open(CONTENT_CACHE)).match(request, options)) ??
    (await (await caches.open(APP_CACHE)).match(request, options))
  );
}

async function cacheFirst(request) {
  return (await cached(request)) ?? keepIfGood(APP_CACHE, request, await fetch(request));
}

async function networkFirst(request) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const hit = await cached(request);
    if (hit) return hit;
    // Offline with no kiosk.json ever cached: the kiosk has none (as the server says with a 204).
    if (new URL(request.url).pathname.endsWith('/kiosk.json'))
      return new Response(null, { status: 204 });
    throw error;
  }
  if (response.status === 206) return response; // a byte range the page asked for
  if (response.status === 200 && fits(request.url, response))
    return keepIfGood(CONTENT_CACHE, request, response);
  return (await cached(request)) ?? response;
}

/**
 * kiosk.json (docs/deployment.md): always the server's answer, so a new file or none reaches the
 * page; its last copy only while the server does not answer (the kiosk still runs as configured).
 */
async function kioskFile(request) {
  // Its own cache, outside the build's (which a new build replaces).
  const cache = await caches.open('kiosk-file');
  const key = absolute('./kiosk.json');
  let response;
  try {
    response = await fetch(request);
  } catch {
    // None kept: as the kiosk's server says when it has none.
    return (await cache.match(key)) ?? new Response(null, { status: 204 });
  }
  if (response.status === 200) await cache.put(key, response.clone());
  else if (response.status === 204 || response.status === 404) await cache.delete(key);
  return response;
}

/** Caches a good answer, unless the cache holds this build's own checked copy already. */
async function keepIfGood(name, request, response) {
  if (response.status !== 200 || !fits(request.url, response) || request.headers.has('range'))
    return response;
  const cache = await caches.open(name);
  if (!(await cache.match(request, { ignoreVary: true }))?.headers.has(REVISION))
    await cache.put(request, response.clone());
  return response;
}

/** HEAD: the server's answer while it gives a good one, else what the cache or the build knows. */
async function head(request) {
  const response = await fetch(request).catch(() => undefined);
  if (response?.ok && fits(request.url, response)) return response;
  const hit = await cached(new Request(request.url));
  if (hit) return new Response(null, { status: 200, headers: hit.headers });
  const path = new URL(request.url).pathname.slice(
    new URL(self.registration.scope).pathname.length,
  );
  if (path in MANIFEST.content) return new Response(null, { status: 200 });
  if (response) return response;
  throw new TypeError(`${request.url}: offline and not cached`);
}
