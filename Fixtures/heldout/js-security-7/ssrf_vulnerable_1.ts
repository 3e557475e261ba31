// Cloudflare Worker: link-preview service for the chat client.
export interface Env {
  PREVIEWS: KVNamespace;
}

async function fetchPreview(target: string): Promise<string> {
  const response = await fetch(target, { headers: { Accept: 'text/html' } }); // expect: ssrf
  const html = await response.text();
  const title = /<title>([^<]*)<\/title>/i.exec(html);
  return title ? title[1].trim() : '';
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const link = url.searchParams.get('url');
    if (!link) {
      return new Response('missing url', { status: 400 });
    }
    const cached = await env.PREVIEWS.get(link);
    if (cached !== null) {
      return Response.json({ title: cached });
    }
    const title = await fetchPreview(link);
    await env.PREVIEWS.put(link, title, { expirationTtl: 3600 });
    return Response.json({ title });
  },
};
