export interface CartLine {
  price: number;
  quantity: number;
}

export function cartTotal(lines: CartLine[]): number {
  const total = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  console.log('cart total', total, lines); // expect: leftover-debug
  return Math.round(total * 100) / 100;
}

export function applyCoupon(total: number, percent: number): number {
  debugger; // expect: leftover-debug
  return total * (1 - percent / 100);
}
