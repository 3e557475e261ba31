// search.js: client side of the course catalogue search page.
const params = new URLSearchParams(window.location.search);
const resultsEl = document.getElementById('results');
const headingEl = document.querySelector('#search-heading');

function courseCard(course) {
  let html = '<article class="card">';
  html += `<h3>${course.title}</h3>`;
  html += '<p>' + course.summary + '</p>';
  html += '</article>';
  return html;
}

async function runSearch(term) {
  headingEl.innerHTML = 'Results for <em>' + term + '</em>'; // expect: xss
  const resp = await fetch(`/api/courses?q=${encodeURIComponent(term)}`);
  const courses = await resp.json();
  const cards = courses.map(courseCard);
  resultsEl.insertAdjacentHTML('beforeend', cards.join('')); // expect: xss
}

function showFlash() {
  const msg = decodeURIComponent(window.location.hash.slice(1));
  if (msg) {
    document.write('<div class="flash">' + msg + '</div>'); // expect: xss
  }
}

showFlash();
runSearch(params.get('q') || '');
