/* The service worker: keeps the whole app on this device so it loads and works with no network.
 *
 * Two values are filled in at build time by app/pwa/offlinePlugin.ts: the list of every file of the
 * build (relative to this worker) and a hash of their contents, so each build gets its own cache.
 *
 * A new version installs in the background and then waits: the page offers it to the caseworker,
 * and only when they accept does it post SKIP_WAITING. We never take over under a half-filled form.
 */
const PRECACHE_URLS = __PRECACHE_URLS__;
const VERSION = __BUILD_VERSION__;
const APP_CACHE = `calais-app-${VERSION}`;
// Scenario files are kept in their own cache and fetched network-first, so a trainer can add a
// scenario to the host without a rebuild and still use the library offline.
const SCENARIO_CACHE = 'calais-scenarios';

const scope = new URL(self.registration.scope);
const indexUrl = new URL('index.html', scope).href;
const scenarioPrefix = new URL('scenarios/', scope).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      await cache.addAll(PRECACHE_URLS.map((url) => new Request(new URL(url, scope).href, { cache: 'reload' })));
      await warmScenarios().catch(() => undefined);
    })(),
  );
});

/**
 * Best effort: store each scenario index (the Calais library's, and the related routes' under
 * scenarios/related/) and every file it lists, for offline training.
 */
async function warmScenarios() {
  const cache = await caches.open(SCENARIO_CACHE);
  await Promise.all(['scenarios/', 'scenarios/related/'].map((folder) => warmIndex(cache, folder).catch(() => undefined)));
}

/** Stores one scenario index and the files it lists (names relative to its folder). */
async function warmIndex(cache, folder) {
  const listUrl = new URL(`${folder}index.json`, scope).href;
  const indexResponse = await fetch(listUrl, { cache: 'no-cache' });
  if (!indexResponse.ok) return;
  await cache.put(listUrl, indexResponse.clone());
  const index = await indexResponse.json();
  const files = Array.isArray(index) ? index : Array.isArray(index.scenarios) ? index.scenarios : [];
  await Promise.all(
    files
      .map((entry) => (typeof entry === 'string' ? entry : entry && entry.file))
      .filter((file) => typeof file === 'string')
      .map(async (file) => {
        const url = new URL(`${folder}${file}`, scope).href;
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, response);
      }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('calais-app-') && name !== APP_CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;

  if (request.mode === 'navigate') {
    // Every page is index.html (hash routing): answer from the cache so it works offline.
    event.respondWith(caches.match(indexUrl, { cacheName: APP_CACHE }).then((cached) => cached ?? fetch(request)));
    return;
  }
  if (url.pathname.startsWith(scenarioPrefix)) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: APP_CACHE, ignoreSearch: true }).then((cached) => cached ?? fetch(request)),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(SCENARIO_CACHE);
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
