// search.js: client side of the course catalogue search page.
const params = new URLSearchParams(window.location.search);
const resultsEl = document.getElementById('results');
const headingEl = document.querySelector('#search-heading');

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function courseCard(course) {
  let html = '<article class="card">';
  html += `<h3>${escapeHtml(course.title)}</h3>`;
  html += '<p>' + escapeHtml(course.summary) + '</p>';
  html += '</article>';
  return html;
}

async function runSearch(term) {
  const em = document.createElement('em');
  em.textContent = term;
  headingEl.replaceChildren('Results for ', em);
  const resp = await fetch(`/api/courses?q=${encodeURIComponent(term)}`);
  const courses = await resp.json();
  resultsEl.insertAdjacentHTML('beforeend', courses.map(courseCard).join(''));
}

function showFlash() {
  const msg = decodeURIComponent(window.location.hash.slice(1));
  if (msg) {
    const div = document.createElement('div');
    div.className = 'flash';
    div.textContent = msg;
    document.body.prepend(div);
  }
}

showFlash();
runSearch(params.get('q') || '');
