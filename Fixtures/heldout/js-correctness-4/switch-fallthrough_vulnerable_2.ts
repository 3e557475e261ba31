// Service worker: choose a caching strategy per request destination.
declare const self: ServiceWorkerGlobalScope;

const STATIC_CACHE = "static-v3";

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    const cache = await caches.open(STATIC_CACHE);
    await cache.put(request, response.clone());
    return response;
  } catch {
    return (await caches.match(request)) ?? Response.error();
  }
}

function strategyFor(request: Request): (r: Request) => Promise<Response> {
  let strategy = fetch;
  switch (request.destination) {
    case "image":
    case "font":
      strategy = cacheFirst;
      if (new URL(request.url).origin === self.location.origin) {
        break;
      }
    case "script": // expect: switch-fallthrough
      strategy = networkFirst;
      break;
    case "document":
      if (request.mode === "navigate") {
        strategy = networkFirst;
      }
    default: // expect: switch-fallthrough
      strategy = strategy === fetch ? (r: Request) => fetch(r) : strategy;
  }
  return strategy;
}

self.addEventListener("fetch", (event: FetchEvent) => {
  event.respondWith(strategyFor(event.request)(event.request));
});
