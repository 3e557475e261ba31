// cart.js (model answer) - every binding is read or exported
export const TAX_RATE = 0.21;
const FREE_SHIPPING_FROM = 50;

export function subtotal(cart) {
  let total = 0;
  for (const line of cart.lines) {
    const discount = (line.price * (line.discountPercent || 0)) / 100;
    total += (line.price - discount) * line.quantity;
  }
  return total;
}

export function shipping(cart) {
  return subtotal(cart) >= FREE_SHIPPING_FROM ? 0 : 4.95;
}

export function withTax(cart) {
  const base = subtotal(cart) + shipping(cart);
  return Math.round(base * (1 + TAX_RATE) * 100) / 100;
}

export function summary(cart) {
  const { lines, ...rest } = cart;
  const extras = Object.keys(rest).join(", ");
  return `${lines.length} lines (${extras}), total ${withTax(cart).toFixed(2)}`;
}

export function lineIds(cart) {
  return cart.lines.map((_line, index) => index + 1);
}
