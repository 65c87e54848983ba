// Offline reading (PageTools.astro, src/integrations/offline-reading.ts). Scoped to the site's base
// path. Pages and files come from the network while there is one and are kept as they arrive; without
// a network they come from the cache, and a page says so (its offline note unhidden), with the date it was saved. The build sets
// VERSION from its integrity manifest: a new deployment installs a new worker, which saves again
// what the reader had saved and then deletes every older cache, so two versions never mix.
const VERSION = 'development';
/**
 * Per edition (its path below the scope, "zh/"), what the worker says in place of a page that is
 * neither opened before nor saved: set by the build from the locale files.
 */
const OFFLINE_PAGES = {};
const SCOPE = self.registration.scope;
const PREFIX = `offline ${SCOPE} `;
const CACHE = PREFIX + VERSION;
/** One entry per saved edition, under this path: what to save again after a new deployment. */
const SAVED = `${SCOPE}__saved/`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (!name.startsWith(PREFIX) || name === CACHE) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          if (request.url.startsWith(SAVED)) {
            const { list, search } = await (await old.match(request)).json();
            await saveEdition(new URL(list, SCOPE).href, search).catch(() => {});
          }
        }
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** A response as kept: with the time it was saved, for the note on pages read from the cache. */
function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set('x-saved-at', new Date().toISOString());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * What a file is kept and found under: its address without the query. The site is static, so a query
 * never changes a file (search/?q=…, Pagefind's pagefind-entry.json?ts=…).
 */
const keyOf = (request) => {
  const url = new URL(typeof request === 'string' ? request : request.url);
  url.search = '';
  url.hash = '';
  return url.href;
};

async function keep(cache, request, response) {
  if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(keyOf(request), stamped(response));
}

/** A page from the cache, marked as such: its offline note shown, with the date in its <time>. */
async function marked(response) {
  const saved = new Date(response.headers.get('x-saved-at') || Date.now());
  const html = await response.text();
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const day = saved.toISOString().slice(0, 10);
  const label = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(saved);
  const body = html.replace(' data-offline-note hidden>', ' data-offline-note>').replace('<span data-saved-date></span>', `<time data-saved-date datetime="${day}">${label}</time>`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(body, { status: response.status, headers });
}

/** The offline page's policy: its own inline style, nothing else (no script, image, frame or form). */
const OFFLINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * In place of a page that was neither opened nor saved: a short page in the edition's language that
 * says so and what to do, never the browser's error page. On a search page it also says that search
 * needs a connection or saving, and keeps the query.
 */
function offlinePage(url) {
  const path = url.slice(SCOPE.length);
  const edition = Object.keys(OFFLINE_PAGES).find((prefix) => path.startsWith(prefix)) || Object.keys(OFFLINE_PAGES)[0];
  const page = OFFLINE_PAGES[edition];
  const query = path.startsWith(`${edition}search/`) && new URL(url).searchParams.get('q');
  const body = [
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p>${escapeHtml(page.text)}</p>`,
    path.startsWith(`${edition}search/`) ? `<p>${escapeHtml(page.search)}</p>` : '',
    query ? `<p><input type="search" value="${escapeHtml(query)}" aria-label="${escapeHtml(page.query)}" readonly></p>` : '',
    `<p><a href="${SCOPE}${edition}">${escapeHtml(page.home)}</a></p>`,
  ].join('');
  const html = `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)}</title><style>body{font:1.125rem/1.75 system-ui,sans-serif;margin:1rem auto;max-width:40rem;padding:0 1rem}a{display:inline-block;min-height:44px}</style></head><body><main data-offline-page>${body}</main></body></html>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': OFFLINE_CSP } });
}

async function fromCache(request) {
  const cached = await (await caches.open(CACHE)).match(keyOf(request));
  if (!cached) return request.mode === 'navigate' ? offlinePage(request.url) : Response.error();
  return (cached.headers.get('content-type') || '').startsWith('text/html') ? marked(cached) : cached;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE) || request.url.startsWith(SAVED)) return;
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(request);
        // Cloned now: once the page reads the response, it can no longer be copied.
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, request, copy)));
        return response;
      } catch {
        return fromCache(request);
      }
    })(),
  );
});

/** Keeps every file of an edition (its list written by the build), and notes that it was saved. */
async function saveEdition(list, search) {
  const { files, search: searchFiles } = await (await fetch(list, { cache: 'no-cache' })).json();
  const urls = [...files, ...(search ? searchFiles : [])].map((path) => new URL(path, SCOPE).href);
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await keep(cache, url, response);
    }),
  );
  await cache.put(SAVED + encodeURIComponent(list), new Response(JSON.stringify({ list, search })));
  return { count: urls.length };
}

self.addEventListener('message', (event) => {
  const { save, search } = event.data || {};
  if (typeof save !== 'string' || !save.startsWith(SCOPE)) return;
  const [port] = event.ports;
  event.waitUntil(saveEdition(save, Boolean(search)).then((result) => port.postMessage(result), (error) => port.postMessage({ error: String(error) })));
});
