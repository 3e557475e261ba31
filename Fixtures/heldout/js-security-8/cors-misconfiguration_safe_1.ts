// Bun server for the embeddable comments widget.
import { commentsFor, addComment } from './comments';

const ALLOWED_ORIGINS = new Set((process.env.WIDGET_ORIGINS ?? '').split(',').filter(Boolean));

function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin') ?? '';
  if (!ALLOWED_ORIGINS.has(origin)) {
    return { Vary: 'Origin' };
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    Vary: 'Origin',
  };
}

Bun.serve({
  port: 3030,
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const headers = corsHeaders(request);
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers });
    }
    if (url.pathname === '/comments' && request.method === 'GET') {
      return Response.json(await commentsFor(url.searchParams.get('thread') ?? ''), { headers });
    }
    if (url.pathname === '/comments' && request.method === 'POST') {
      const session = request.headers.get('cookie') ?? '';
      return Response.json(await addComment(session, await request.json()), { status: 201, headers });
    }
    return new Response('not found', { status: 404 });
  },
});
