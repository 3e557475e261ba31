// Cloudflare Worker: public status page with every value escaped.
export interface Env {
  PAGES: KVNamespace;
}

interface Monitor {
  name: string;
  status: string;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function page(title: string, monitors: Monitor[]): string {
  const rows = monitors.map((m) => `<tr><td>${escapeHtml(m.name)}</td><td>${escapeHtml(m.status)}</td></tr>`);
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><table>${rows.join('')}</table></body></html>`;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const slug = new URL(request.url).pathname.split('/')[2] ?? '';
    const statusPage = await env.PAGES.get<{ title: string; monitors: Monitor[] }>(`page:${slug}`, 'json');
    if (!statusPage) {
      return new Response(`No status page named ${slug}`, { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
    return new Response(page(statusPage.title, statusPage.monitors), {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  },
};
