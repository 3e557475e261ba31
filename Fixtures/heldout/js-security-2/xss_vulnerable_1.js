// search-page.js -- client-side search results for the static docs site
(function () {
  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') || '';
  const heading = document.getElementById('results-heading');
  const list = document.getElementById('results');

  function itemHtml(hit) {
    return `<li><a href="${hit.url}">${hit.title}</a><p>${hit.excerpt}</p></li>`;
  }

  heading.innerHTML = 'Results for <mark>' + query + '</mark>'; // expect: xss

  fetch('/search-index.json')
    .then((r) => r.json())
    .then((index) => {
      const hits = index.filter((doc) => doc.title.toLowerCase().includes(query.toLowerCase()));
      if (hits.length === 0) {
        list.insertAdjacentHTML('beforeend', `<li class="empty">Nothing matches “${query}”.</li>`); // expect: xss
        return;
      }
      list.innerHTML = hits.map(itemHtml).join('');
    });

  window.addEventListener('hashchange', () => {
    const tab = decodeURIComponent(window.location.hash.slice(1));
    document.getElementById('tab-title').outerHTML = '<h2 id="tab-title">' + tab + '</h2>'; // expect: xss
  });
})();
