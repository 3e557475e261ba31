// calculator.js: the "quick maths" widget on the course page and its saved presets.
const display = document.getElementById('display');
const presetList = document.getElementById('presets');

function compute(expression) {
  const cleaned = expression.replace(/×/g, '*').replace(/÷/g, '/');
  return eval(cleaned); // expect: code-injection
}

document.getElementById('equals').addEventListener('click', () => {
  display.value = String(compute(display.value));
});

function loadPresets() {
  const saved = new URLSearchParams(window.location.search).get('preset');
  if (saved) {
    const fn = new Function('x', 'return ' + saved); // expect: code-injection
    display.value = String(fn(Number(display.value) || 0));
  }
}

function scheduleRefresh() {
  const action = window.location.hash.slice(1) || 'loadPresets()';
  setTimeout(action, 1000); // expect: code-injection
}

presetList.addEventListener('change', loadPresets);
scheduleRefresh();
