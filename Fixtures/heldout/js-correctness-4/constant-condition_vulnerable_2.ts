// Cloudflare Worker: cache GET pages at the edge, pass writes to the origin.
export interface Env {
  ORIGIN: string;
  DEBUG?: string;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const originUrl = new URL(url.pathname + url.search, env.ORIGIN);

    if (request.method === "POST" || "PUT") { // expect: constant-condition
      return fetch(new Request(originUrl.toString(), request));
    }

    const cache = caches.default;
    const hit = await cache.match(request);
    if (hit && !env.DEBUG) {
      return hit;
    }

    const response = await fetch(originUrl.toString(), { headers: request.headers });
    if (response.ok && false) { // expect: constant-condition
      ctx.waitUntil(cache.put(request, response.clone()));
    }
    return response;
  },
};
