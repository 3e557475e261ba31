import { Elysia, t } from 'elysia';
import { searchDocs } from './docs';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

export const search = new Elysia().get(
  '/search',
  async ({ query, set }) => {
    const hits = await searchDocs(query.q);
    const items = hits
      .map((h) => `<li><a href="/docs/${encodeURIComponent(h.slug)}">${escapeHtml(h.title)}</a></li>`)
      .join('');
    set.headers['content-type'] = 'text/html; charset=utf-8';
    return `<!doctype html><html><body><h1>Results for ${escapeHtml(query.q)}</h1><ul>${items}</ul></body></html>`;
  },
  { query: t.Object({ q: t.String() }) },
);
