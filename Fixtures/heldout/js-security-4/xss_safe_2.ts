// Deno-style fetch handler: a tiny search page with every interpolated value escaped.
import { searchDocs } from './search.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/echo') {
      return new Response(url.searchParams.get('text') ?? '', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    const term = url.searchParams.get('q') ?? '';
    const hits = await searchDocs(term);
    const items = hits.map((hit) => `<li><a href="/docs/${encodeURIComponent(hit.slug)}">${escapeHtml(hit.title)}</a></li>`);
    const page = `<!doctype html><h1>Results for ${escapeHtml(term)}</h1><ul>${items.join('')}</ul>`;
    return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
