// Délais service worker: the page works offline after the first visit, and keeps
// nothing of the person's. A template: scripts/release.mjs writes in the release id and
// the exact list of the release's files (release.json), so every release has its own
// worker and its own cache, and a browser never pairs files of two releases.
//
// - install: download exactly this release's files into the cache `delais-<release>`
//   (the pages must carry this release's id, or the install fails and the worker that
//   runs keeps its own, complete release);
// - activate: delete every other Délais cache, take control of the open pages;
// - a navigation to the page or the iframe embed: the network first (a new release is
//   seen on the next load); when it fails or answers 5xx, this release's cached page,
//   matched by path: whatever the query string, nothing is stored under it;
// - this release's hashed files: from the cache, else the network; the caseload page's
//   code (ON_USE) is put into the cache when that page first loads it, so that the
//   public page's visitors never download it in the background;
// - nothing else is answered from, or put into, the cache.
const RELEASE = '__DELAIS_RELEASE__';
const FILES = __DELAIS_FILES__;
const ON_USE = __DELAIS_ON_USE__;
const CACHE = `delais-${RELEASE}`;
const PAGES = ['index.html', 'embed.html', 'dossiers.html'];

const scope = new URL(self.registration.scope);
const address = (file) => new URL(file, scope).href;
const ASSETS = new Set(FILES.filter((file) => !PAGES.includes(file)).map(address));
const LATER = new Set(ON_USE.map(address));

// The cached page for a navigation's path ('' is index.html), or undefined.
function pageFor(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return undefined;
  const file = url.pathname.slice(scope.pathname.length) || 'index.html';
  return PAGES.includes(file) ? file : undefined;
}

// caches.match, not caches.open: opening would re-create a deleted cache.
const cached = (file) => caches.match(address(file), { cacheName: CACHE });

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async (file) => {
        // The pages are revalidated: never an older release's page from the HTTP cache.
        const response = await fetch(address(file), { cache: PAGES.includes(file) ? 'no-cache' : 'default' });
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        if (PAGES.includes(file) && !(await response.clone().text()).includes(`content="${RELEASE}"`)) {
          throw new Error(`${file} is not release ${RELEASE}`);
        }
        await cache.put(address(file), response);
      }));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((key) => key.startsWith('delais-') && key !== CACHE);
    await Promise.all(old.map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

async function networkElsePage(request, file) {
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await cached(file)) ?? response;
  } catch (error) {
    const page = await cached(file);
    if (page) return page;
    throw error;
  }
}

// One of ON_USE, kept for next time. Only while this release's cache exists: a worker
// replaced by a newer one must not re-create its own.
async function keep(href, response) {
  if ((await caches.keys()).includes(CACHE)) await (await caches.open(CACHE)).put(href, response);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const file = pageFor(url);
    if (file) event.respondWith(networkElsePage(request, file));
  } else if (!url.search && ASSETS.has(url.href)) {
    event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  } else if (!url.search && LATER.has(url.href)) {
    // From the cache, else the network: the page gets the response at once, the copy is
    // stored meanwhile.
    event.respondWith((async () => {
      const hit = await caches.match(url.href, { cacheName: CACHE });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) event.waitUntil(keep(url.href, response.clone()));
      return response;
    })());
  }
});
