// Deno-style fetch handler: link preview service for the chat app.
import { extractMeta } from './meta.ts';

async function preview(target: string): Promise<Record<string, string>> {
  const res = await fetch(target, { headers: { 'user-agent': 'chat-preview/2.0' } }); // expect: ssrf
  const html = await res.text();
  return extractMeta(html);
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/preview') {
      const target = url.searchParams.get('url');
      if (!target) return new Response('missing url', { status: 400 });
      return Response.json(await preview(target));
    }
    if (url.pathname === '/oembed' && request.method === 'POST') {
      const { provider, link } = await request.json();
      const endpoint = `https://${provider}/oembed?url=${encodeURIComponent(link)}`;
      const res = await fetch(endpoint); // expect: ssrf
      return new Response(res.body, { headers: { 'content-type': 'application/json' } });
    }
    return new Response('not found', { status: 404 });
  },
};
