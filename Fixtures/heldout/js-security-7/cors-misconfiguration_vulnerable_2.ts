// Cloudflare Worker: API in front of the account service.
export interface Env {
  ACCOUNTS: Fetcher;
}

function withCors(response: Response, request: Request): Response {
  const headers = new Headers(response.headers);
  const origin = request.headers.get('Origin') ?? '*';
  headers.set('Access-Control-Allow-Origin', origin); // expect: cors-misconfiguration
  headers.set('Access-Control-Allow-Credentials', 'true');
  headers.set('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, headers });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === 'OPTIONS') {
      return withCors(new Response(null, { status: 204 }), request);
    }
    const upstream = await env.ACCOUNTS.fetch(request);
    return withCors(upstream, request);
  },
};
