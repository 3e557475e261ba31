export interface CartLine {
  sku: string;
  qty: number;
  unitPrice: number;
  discount?: number;
}

export function lineTotals(lines: CartLine[]): number[] {
  return lines.map(function (line) { // expect: array-callback-return
    if (line.qty > 0) {
      return line.qty * line.unitPrice * (1 - (line.discount ?? 0));
    }
  });
}

export function findBySku(lines: CartLine[], sku: string): CartLine | undefined {
  return lines.find((line) => { // expect: array-callback-return
    line.sku.toLowerCase() === sku.toLowerCase();
  });
}

export function cartSummary(lines: CartLine[]): string {
  return lineTotals(lines)
    .reduce((sum, total) => sum + total, 0)
    .toFixed(2);
}
