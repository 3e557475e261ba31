// Deno-style fetch handler: CORS answered for configured front-ends only.
import { handleApi } from './api.ts';

const ALLOWED = new Set((process.env.DASHBOARD_ORIGINS ?? 'https://dashboard.example.com').split(','));

function corsHeaders(request: Request): Headers {
  const headers = new Headers({ vary: 'Origin' });
  const origin = request.headers.get('origin');
  if (origin && ALLOWED.has(origin)) {
    headers.set('access-control-allow-origin', origin);
    headers.set('access-control-allow-credentials', 'true');
    headers.set('access-control-allow-methods', 'GET, POST');
  }
  return headers;
}

export default {
  async fetch(request: Request): Promise<Response> {
    const headers = corsHeaders(request);
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers });
    }
    const response = await handleApi(request);
    headers.forEach((value, key) => response.headers.set(key, value));
    return response;
  },
};
