// Service worker: choose a caching strategy per request destination.
declare const self: ServiceWorkerGlobalScope;

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

function strategyFor(request: Request): (r: Request) => Promise<Response> {
  switch (request.destination) {
    case "image":
    case "font": {
      if (new URL(request.url).origin !== self.location.origin) {
        return fetch;
      }
      return cacheFirst;
    }
    case "script":
      return fetch;
    case "document":
      if (request.mode !== "navigate") {
        throw new Error("unexpected document request");
      }
      return fetch;
    default:
      return fetch;
  }
}

self.addEventListener("fetch", (event: FetchEvent) => {
  event.respondWith(strategyFor(event.request)(event.request));
});
