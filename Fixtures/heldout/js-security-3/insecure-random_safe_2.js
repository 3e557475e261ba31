(function () {
  'use strict';

  const COLORS = ['#f94144', '#f3722c', '#90be6d', '#277da1', '#577590'];

  function shuffle(items) {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  function backoff(attempt) {
    return Math.min(30000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
  }

  function paintTiles() {
    const tiles = document.querySelectorAll('.tile');
    tiles.forEach((tile) => {
      tile.style.backgroundColor = COLORS[Math.floor(Math.random() * COLORS.length)];
    });
    const list = document.getElementById('tips');
    const tips = shuffle(Array.from(list.children));
    list.replaceChildren(...tips);
  }

  function poll(attempt) {
    fetch('/api/status')
      .then((r) => r.json())
      .then((s) => {
        document.getElementById('status').textContent = s.message;
      })
      .catch(() => setTimeout(() => poll(attempt + 1), backoff(attempt)));
  }

  const sessionNonce = window.crypto.getRandomValues(new Uint32Array(1))[0].toString(16);
  document.documentElement.dataset.nonce = sessionNonce;
  document.addEventListener('DOMContentLoaded', () => {
    paintTiles();
    poll(0);
  });
})();
