(function () {
  'use strict';

  const form = document.getElementById('library-search');
  const results = document.getElementById('library-results');

  async function loadCatalogue() {
    const response = await fetch('/static/catalogue.xml');
    const text = await response.text();
    return new DOMParser().parseFromString(text, 'application/xml');
  }

  function renderTitles(snapshot) {
    results.replaceChildren();
    for (let i = 0; i < snapshot.snapshotLength; i += 1) {
      const li = document.createElement('li');
      li.textContent = snapshot.snapshotItem(i).getAttribute('title');
      results.appendChild(li);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const author = new FormData(form).get('author');
    const doc = await loadCatalogue();
    const expr = "//book[author/text()='" + author + "' and @available='true']";
    const snapshot = doc.evaluate(expr, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); // expect: xpath-injection
    renderTitles(snapshot);
  });
})();
