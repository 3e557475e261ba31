// calculator.js: the "quick maths" widget on the course page and its saved presets.
const display = document.getElementById('display');
const presetList = document.getElementById('presets');

const PRESETS = {
  double: (x) => x * 2,
  square: (x) => x * x,
  half: (x) => x / 2,
};

function compute(expression) {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*([+\-*/×÷])\s*(-?\d+(?:\.\d+)?)\s*$/.exec(expression);
  if (!match) {
    return NaN;
  }
  const a = Number(match[1]);
  const b = Number(match[3]);
  switch (match[2]) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': case '×': return a * b;
    default: return a / b;
  }
}

document.getElementById('equals').addEventListener('click', () => {
  display.value = String(compute(display.value));
});

function loadPresets() {
  const saved = new URLSearchParams(window.location.search).get('preset');
  const fn = Object.hasOwn(PRESETS, saved) ? PRESETS[saved] : null;
  if (fn) {
    display.value = String(fn(Number(display.value) || 0));
  }
}

presetList.addEventListener('change', loadPresets);
setTimeout(loadPresets, 1000);
