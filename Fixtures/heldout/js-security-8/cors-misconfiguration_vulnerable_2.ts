// Bun server for the embeddable comments widget.
import { commentsFor, addComment } from './comments';

const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*', // expect: cors-misconfiguration
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};

Bun.serve({
  port: 3030,
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: corsHeaders });
    }
    if (url.pathname === '/comments' && request.method === 'GET') {
      const thread = url.searchParams.get('thread') ?? '';
      return Response.json(await commentsFor(thread), { headers: corsHeaders });
    }
    if (url.pathname === '/comments' && request.method === 'POST') {
      const body = await request.json();
      const session = request.headers.get('cookie') ?? '';
      return Response.json(await addComment(session, body), { status: 201, headers: corsHeaders });
    }
    return new Response('not found', { status: 404 });
  },
});
