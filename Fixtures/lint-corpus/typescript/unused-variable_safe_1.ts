interface Order {
  id: string;
  lines: { price: number; quantity: number }[];
  coupon?: string;
}

export function invoiceTotal(order: Order): number {
  const subtotal = order.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const discount = order.coupon ? 0.1 : 0;
  return subtotal * (1 - discount) * 1.2;
}

export function orderLabel(order: Order): string {
  const { id, lines } = order;
  return `#${id} (${lines.length} lines)`;
}

export function pairs<T>(items: T[]): [T, T][] {
  const result: [T, T][] = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    result.push([items[i], items[i + 1]]);
  }
  return result;
}
