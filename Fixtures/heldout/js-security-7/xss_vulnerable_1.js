// Cloudflare Worker: public status page of a customer's uptime monitors.
function row(monitor) {
  return `<tr><td>${monitor.name}</td><td>${monitor.status}</td></tr>`;
}

function page(title, monitors) {
  return '<!doctype html><html><head><title>' + title + '</title></head><body>' +
    '<h1>' + title + '</h1><table>' + monitors.map(row).join('') + '</table></body></html>';
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const slug = url.pathname.split('/')[2] || '';
    const statusPage = await env.PAGES.get(`page:${slug}`, 'json');
    if (!statusPage) {
      const message = `<p>No status page named ${slug}</p>`;
      return new Response(message, { status: 404, headers: { 'Content-Type': 'text/html' } }); // expect: xss
    }
    const html = page(statusPage.title, statusPage.monitors);
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }); // expect: xss
  },
};
