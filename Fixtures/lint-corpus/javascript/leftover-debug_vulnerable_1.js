// Pricing rules shared by the shop front end and the API.
const TAX_RATE = 0.2;

export function lineTotal(price, quantity, discount = 0) {
  const subtotal = price * quantity;
  console.log('subtotal', subtotal); // expect: leftover-debug
  return Math.round(subtotal * (1 - discount) * (1 + TAX_RATE) * 100) / 100;
}

export function orderTotal(lines) {
  const total = lines.reduce((sum, line) => sum + lineTotal(line.price, line.quantity, line.discount), 0);
  debugger; // expect: leftover-debug
  return total;
}
