// Browser: a click counter from a beginner tutorial.
let count = 0;
const button = document.querySelector('#counter');

button.addEventListener('click', () => {
  count += 1;
  button.textContent = `Clicked ${count} times`;
});

function total(prices) {
  let sum = 0;
  for (let i = 0; i < prices.length; i += 1) {
    sum += prices[i];
  }
  return sum;
}

document.querySelector('#total').textContent = String(total([1, 2, 3]));
