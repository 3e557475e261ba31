// A classic browser script (no modules): its top-level names are globals that the page's other
// scripts may call, so an unused-looking one is not dead.
const API_BASE = '/api/v1';

function refreshBadge(count) {
  document.querySelector('#badge').textContent = String(count);
}

function loadCount() {
  return fetch(`${API_BASE}/notifications/count`).then((r) => r.json());
}

window.addEventListener('load', () => {
  loadCount().then((body) => refreshBadge(body.count));
});

// Called from the page's inline onclick handlers.
function clearBadge() {
  refreshBadge(0);
}
