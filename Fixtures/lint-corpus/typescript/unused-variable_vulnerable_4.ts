export function invoiceTotal(lines: { price: number; qty: number }[], taxRate: number): number {
  const subtotal = lines.reduce((sum, line) => sum + line.price * line.qty, 0);
  const tax = subtotal * taxRate; // expect: unused-variable
  const rounded = Math.round(subtotal * 100) / 100;
  const { length } = lines; // expect: unused-variable
  return rounded;
}
