// Browser: a tiny formula widget that reads numbers from the URL.
const params = new URLSearchParams(window.location.search);
const left = Number(params.get('a') || 1);
const right = Number(params.get('b') || 1);

function refresh() {
  document.getElementById('result').textContent = String(left + right);
}

setTimeout(refresh, 500);
setInterval(() => refresh(), 1000);

window.addEventListener('message', (event) => {
  if (event.origin === window.location.origin && typeof event.data.tick === 'number') {
    setTimeout(refresh, event.data.tick);
  }
});
