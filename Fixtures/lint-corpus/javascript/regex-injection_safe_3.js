// highlight.js -- the search words are escaped before they become a pattern
(function () {
  const results = document.getElementById('results');
  const params = new URLSearchParams(window.location.search);

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function highlight(words) {
    const pattern = new RegExp('\\b(' + escapeRegExp(words) + ')\\b', 'gi');
    for (const item of results.querySelectorAll('li')) {
      const hits = item.textContent.match(pattern) || [];
      item.dataset.hits = String(hits.length);
    }
  }

  highlight(params.get('q') || '');
})();
