// The kiosk's service worker (plain JS, copied into the build by scripts/swPlugin.ts).
// - The app shell (index.html and hashed assets) is precached per build and served cache-first,
//   so a running kiosk keeps one consistent build until it chooses to update.
// - Exhibit data and media go network-first, falling back to the cache: fresh while the local
//   server runs, still there if it goes away.
// - A new build waits until the page, in its attract loop, asks it to take over.
const SHELL = self.__SHELL__;
const VERSION = self.__VERSION__;
const SHELL_CACHE = `shell-${VERSION}`;
const CONTENT_CACHE = 'content';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('shell-') && k !== SHELL_CACHE)
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
  if (url.origin !== self.location.origin) return;
  const content = /^\/(exhibits|media)\//.test(url.pathname);
  // The loader asks with HEAD whether each media file exists: offline, the cache answers.
  if (request.method === 'HEAD' && content) {
    event.respondWith(headFromCache(request));
    return;
  }
  if (request.method !== 'GET') return;
  if (content) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(
    caches
      // ignoreVary: module scripts are requested with an Origin header the precache had not.
      .match(request.mode === 'navigate' ? './' : request, {
        ignoreSearch: request.mode === 'navigate',
        ignoreVary: true,
      })
      .then((hit) => hit ?? fetch(request)),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CONTENT_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreVary: true });
    if (hit) return hit;
    throw error;
  }
}

// A HEAD answer is remembered under its own key (the Cache API keeps only GETs), so that a file
// checked but never downloaded (a fallback encoding) is still known to exist offline.
async function headFromCache(request) {
  const cache = await caches.open(CONTENT_CACHE);
  const key = `${request.url}${request.url.includes('?') ? '&' : '?'}sw-head`;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, new Response(null, { headers: response.headers }));
    return response;
  } catch (error) {
    const hit = (await cache.match(request.url, { ignoreVary: true })) ?? (await cache.match(key));
    if (!hit) throw error;
    return new Response(null, { status: 200, headers: hit.headers });
  }
}
