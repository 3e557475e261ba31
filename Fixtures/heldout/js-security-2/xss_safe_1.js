// search-page.js -- client-side search results built with DOM nodes
(function () {
  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') || '';
  const heading = document.getElementById('results-heading');
  const list = document.getElementById('results');

  function itemNode(hit) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = new URL(hit.url, window.location.origin).pathname;
    a.textContent = hit.title;
    const p = document.createElement('p');
    p.textContent = hit.excerpt;
    li.append(a, p);
    return li;
  }

  const mark = document.createElement('mark');
  mark.textContent = query;
  heading.replaceChildren('Results for ', mark);

  fetch('/search-index.json')
    .then((r) => r.json())
    .then((index) => {
      const hits = index.filter((doc) => doc.title.toLowerCase().includes(query.toLowerCase()));
      if (hits.length === 0) {
        const empty = document.createElement('li');
        empty.className = 'empty';
        empty.textContent = `Nothing matches “${query}”.`;
        list.append(empty);
        return;
      }
      list.replaceChildren(...hits.map(itemNode));
    });
})();
