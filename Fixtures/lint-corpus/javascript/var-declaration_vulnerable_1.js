// Browser: a click counter from a beginner tutorial.
var count = 0; // expect: var-declaration
var button = document.querySelector('#counter'); // expect: var-declaration

button.addEventListener('click', function () {
  count += 1;
  button.textContent = 'Clicked ' + count + ' times';
});

function total(prices) {
  var sum = 0; // expect: var-declaration
  for (var i = 0; i < prices.length; i++) { // expect: var-declaration
    sum += prices[i];
  }
  return sum;
}

document.querySelector('#total').textContent = String(total([1, 2, 3]));
