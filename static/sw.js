// Délais service worker: the app works offline after the first visit.
// Network first (a deployed update is seen at once when online), the cache when
// offline. Only the app's own files, only GET, only this origin.
const CACHE = 'delais-v1';
const FILES = ['./', './index.html', './main.js', './delais.js', './delais_bg.wasm',
  './styles/main.css', './styles/print.css', './favicon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      // The whole state is in the query string: any query serves the cached page.
      .catch(() => caches.match(request, { ignoreSearch: true })),
  );
});
