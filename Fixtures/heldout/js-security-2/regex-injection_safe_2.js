// find-in-page.js -- the docs viewer's search box, literal matching
import escapeStringRegexp from 'escape-string-regexp';

const article = document.querySelector('article');
const original = article.textContent;
const input = document.getElementById('find');
const counter = document.getElementById('find-count');

function countMatches(term) {
  if (!term) {
    counter.textContent = '';
    return;
  }
  const re = new RegExp(escapeStringRegexp(term), 'gi');
  const matches = original.match(re) || [];
  counter.textContent = matches.length + ' matches';
}

function countWords() {
  return original.split(' ').filter(Boolean).length;
}

input.value = new URLSearchParams(window.location.search).get('find') || '';
input.addEventListener('input', () => countMatches(input.value));
document.getElementById('word-count').textContent = String(countWords());
countMatches(input.value);
