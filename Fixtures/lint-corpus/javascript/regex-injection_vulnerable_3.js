// highlight.js -- marks the words of the search box in the results list
(function () {
  const results = document.getElementById('results');
  const params = new URLSearchParams(window.location.search);

  function highlight(words) {
    const pattern = new RegExp('\\b(' + words + ')\\b', 'gi'); // expect: regex-injection
    for (const item of results.querySelectorAll('li')) {
      const hits = item.textContent.match(pattern) || [];
      item.dataset.hits = String(hits.length);
      item.classList.toggle('hit', pattern.test(item.textContent));
    }
  }

  highlight(params.get('q') || '');
})();
