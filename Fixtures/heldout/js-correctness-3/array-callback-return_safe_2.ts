export interface CartLine {
  sku: string;
  qty: number;
  unitPrice: number;
}

export function lineTotals(lines: CartLine[]): number[] {
  return lines.map(function (line) {
    if (line.qty <= 0) {
      throw new RangeError(`bad quantity for ${line.sku}`);
    }
    return line.qty * line.unitPrice;
  });
}

export function findBySku(lines: CartLine[], sku: string): CartLine | undefined {
  return lines.find((line) => line.sku.toLowerCase() === sku.toLowerCase());
}

export function bySku(lines: CartLine[]): Record<string, CartLine> {
  return lines.reduce<Record<string, CartLine>>((acc, line) => {
    acc[line.sku] = line;
    return acc;
  }, {});
}
