// Cloudflare Worker: API in front of the account service, origins from an allow-list.
export interface Env {
  ACCOUNTS: Fetcher;
  ALLOWED_ORIGINS: string;
}

function withCors(response: Response, request: Request, env: Env): Response {
  const headers = new Headers(response.headers);
  const allowed = new Set(env.ALLOWED_ORIGINS.split(',').map((o) => o.trim()));
  const origin = request.headers.get('Origin');
  if (origin !== null && allowed.has(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  }
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, headers });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === 'OPTIONS') {
      return withCors(new Response(null, { status: 204 }), request, env);
    }
    const upstream = await env.ACCOUNTS.fetch(request);
    return withCors(upstream, request, env);
  },
};
