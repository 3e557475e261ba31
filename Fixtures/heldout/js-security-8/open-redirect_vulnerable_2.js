// Interstitial page script of a link-sharing site: counts the click, then moves on.
const params = new URLSearchParams(window.location.search);

function destination() {
  const raw = params.get('to') || '';
  return raw.startsWith('http') ? raw : 'https://' + raw;
}

function countClick(target) {
  return fetch('/api/clicks', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ target, at: Date.now() }),
    keepalive: true,
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const target = destination();
  document.getElementById('target').textContent = target;
  countClick(target).finally(() => {
    window.location.assign(target); // expect: open-redirect
  });
});
