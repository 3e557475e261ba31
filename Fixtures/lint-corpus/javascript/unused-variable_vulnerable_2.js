// Browser: show the cart badge.
async function refreshCart() {
  const response = await fetch('/api/cart');
  const cart = await response.json();
  const started = Date.now(); // expect: unused-variable
  const count = cart.items.length;
  let label = count === 1 ? 'item' : 'items'; // expect: unused-variable
  document.querySelector('#badge').textContent = String(count);
}

refreshCart();
