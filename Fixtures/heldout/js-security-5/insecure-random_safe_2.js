// Browser dashboard script: random avatar colours and polling jitter; request ids from Web Crypto.
(function () {
  const COLOURS = ['#e76f51', '#2a9d8f', '#e9c46a', '#264653', '#f4a261'];

  function avatarColour() {
    return COLOURS[Math.floor(Math.random() * COLOURS.length)];
  }

  function nextPollDelay(base) {
    return base + Math.round(Math.random() * 1500);
  }

  function poll() {
    fetch('/api/activity', { headers: { 'X-Request-Id': crypto.randomUUID() } })
      .then((r) => r.json())
      .then((items) => {
        const list = document.getElementById('activity');
        list.replaceChildren(...items.map((item) => {
          const li = document.createElement('li');
          li.textContent = item.summary;
          li.style.borderColor = avatarColour();
          return li;
        }));
      })
      .finally(() => setTimeout(poll, nextPollDelay(10000)));
  }

  poll();
})();
