// Browser: greet the visitor and show the search term from the URL.
const params = new URLSearchParams(window.location.search);
const visitor = params.get('name') || 'friend';
const greeting = document.querySelector('#greeting');
greeting.innerHTML = '<h2>Welcome back, ' + visitor + '!</h2>'; // expect: xss

const term = decodeURIComponent(window.location.hash.slice(1));
document.querySelector('#results').insertAdjacentHTML('beforeend', `<p>No results for <b>${term}</b></p>`); // expect: xss

document.write('<title>' + params.get('title') + '</title>'); // expect: xss
