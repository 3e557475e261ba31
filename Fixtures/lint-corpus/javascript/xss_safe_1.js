// Browser: greet the visitor and show the search term from the URL.
import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const visitor = params.get('name') || 'friend';
document.querySelector('#greeting').textContent = `Welcome back, ${visitor}!`;

const term = decodeURIComponent(window.location.hash.slice(1));
const paragraph = document.createElement('p');
paragraph.innerText = 'No results for ' + term;
document.querySelector('#results').append(paragraph);

const bio = params.get('bio') || '';
document.querySelector('#bio').innerHTML = DOMPurify.sanitize(bio);
document.querySelector('#footer').innerHTML = '<small>&copy; 2024 Example</small>';
