// find-in-page.js -- the docs viewer's search box, pre-filled from the URL
(function () {
  const article = document.querySelector('article');
  const original = article.textContent;
  const input = document.getElementById('find');
  const counter = document.getElementById('find-count');

  function countMatches(term) {
    if (!term) {
      counter.textContent = '';
      return;
    }
    const re = new RegExp('(' + term + ')', 'gi'); // expect: regex-injection
    const matches = original.match(re) || [];
    counter.textContent = matches.length + ' matches';
  }

  input.value = new URLSearchParams(window.location.search).get('find') || '';
  input.addEventListener('input', () => countMatches(input.value));
  countMatches(input.value);
})();
