// cart.js - shopping cart module for the e-commerce exercise
const TAX_RATE = 0.21;
const FREE_SHIPPING_FROM = 50; // expect: unused-variable

export function subtotal(cart) {
  let total = 0;
  for (const line of cart.lines) {
    const discount = line.price * (line.discountPercent || 0) / 100; // expect: unused-variable
    total += line.price * line.quantity;
  }
  return total;
}

export function withTax(cart) {
  const base = subtotal(cart);
  const rounded = Math.round(base * 100) / 100; // expect: unused-variable
  return base * (1 + TAX_RATE);
}

function formatPrice(amount) { // expect: unused-variable
  return `€${amount.toFixed(2)}`;
}

export function summary(cart) {
  const { lines, coupon } = cart; // expect: unused-variable
  return `${lines.length} lines, total ${withTax(cart).toFixed(2)}`;
}
