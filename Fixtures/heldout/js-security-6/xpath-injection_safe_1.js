(function () {
  'use strict';

  const form = document.getElementById('library-search');
  const results = document.getElementById('library-results');

  async function loadCatalogue() {
    const response = await fetch('/static/catalogue.xml');
    const text = await response.text();
    return new DOMParser().parseFromString(text, 'application/xml');
  }

  function renderTitles(books) {
    results.replaceChildren();
    books.forEach((book) => {
      const li = document.createElement('li');
      li.textContent = book.getAttribute('title');
      results.appendChild(li);
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const author = String(new FormData(form).get('author') || '').trim();
    const doc = await loadCatalogue();
    const snapshot = doc.evaluate("//book[@available='true']", doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const books = [];
    for (let i = 0; i < snapshot.snapshotLength; i += 1) {
      const book = snapshot.snapshotItem(i);
      const name = book.querySelector('author');
      if (name && name.textContent === author) books.push(book);
    }
    renderTitles(books);
  });
})();
