// Interstitial page script of a link-sharing site: counts the click, then moves on to known partners only.
const PARTNER_HOSTS = new Set(['shop.example.com', 'docs.example.com', 'blog.example.com']);

function destination(search: string): string {
  const raw = new URLSearchParams(search).get('to') ?? '';
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' && PARTNER_HOSTS.has(url.hostname)) {
      return url.toString();
    }
  } catch {
    // not a URL: fall through to the home page
  }
  return '/';
}

function countClick(target: string): Promise<Response> {
  return fetch('/api/clicks', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ target, at: Date.now() }),
    keepalive: true,
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const target = destination(window.location.search);
  countClick(target).finally(() => {
    window.location.assign(target);
  });
});
