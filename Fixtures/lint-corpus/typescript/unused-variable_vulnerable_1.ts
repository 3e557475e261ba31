interface Order {
  id: string;
  lines: { price: number; quantity: number }[];
  coupon?: string;
}

export function invoiceTotal(order: Order): number {
  const subtotal = order.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const discount = order.coupon ? 0.1 : 0; // expect: unused-variable
  const vat = subtotal * 0.2;
  return subtotal + vat;
}

export function orderLabel(order: Order): string {
  const { id, lines, coupon } = order; // expect: unused-variable
  return `#${id} (${lines.length} lines)`;
}
