// Cloudflare Worker: link previews from a fixed oEmbed provider list.
export interface Env {
  PREVIEWS: KVNamespace;
}

const PROVIDERS: Record<string, string> = {
  'www.youtube.com': 'https://www.youtube.com/oembed',
  'vimeo.com': 'https://vimeo.com/api/oembed.json',
};

async function fetchPreview(link: URL): Promise<string> {
  const endpoint = new URL(PROVIDERS[link.hostname]);
  endpoint.searchParams.set('url', link.toString());
  endpoint.searchParams.set('format', 'json');
  const response = await fetch(endpoint.toString(), { redirect: 'manual' });
  const data = (await response.json()) as { title?: string };
  return data.title ?? '';
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const raw = new URL(request.url).searchParams.get('url') ?? '';
    let link: URL;
    try {
      link = new URL(raw);
    } catch {
      return new Response('bad url', { status: 400 });
    }
    if (link.protocol !== 'https:' || !Object.prototype.hasOwnProperty.call(PROVIDERS, link.hostname)) {
      return new Response('unsupported provider', { status: 422 });
    }
    const title = await fetchPreview(link);
    await env.PREVIEWS.put(link.toString(), title, { expirationTtl: 3600 });
    return Response.json({ title });
  },
};
