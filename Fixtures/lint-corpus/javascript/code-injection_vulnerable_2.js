// Browser: a tiny formula widget that reads the formula from the URL.
const params = new URLSearchParams(window.location.search);
const formula = params.get('formula') || '1 + 1';

function refresh() {
  document.getElementById('result').textContent = String(eval(formula)); // expect: code-injection
}

const delay = window.location.hash.slice(1);
setTimeout('refresh(); track("' + delay + '")', 500); // expect: code-injection

window.addEventListener('message', (event) => {
  setInterval(event.data.tick, 1000); // expect: code-injection
});

refresh();
