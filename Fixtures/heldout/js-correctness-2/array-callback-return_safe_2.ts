export interface LineItem {
  sku: string;
  qty: number;
  price: number;
}

export function orderTotal(items: LineItem[]): number {
  return items.reduce((sum, item) => (item.qty > 0 ? sum + item.qty * item.price : sum), 0);
}

export function findBySku(items: LineItem[], sku: string): LineItem | undefined {
  return items.find((item) => {
    const wanted = sku.toLowerCase();
    return item.sku.toLowerCase() === wanted;
  });
}

export function validate(items: LineItem[]): boolean {
  return items.every((item) => {
    if (item.qty < 0) {
      throw new RangeError(`negative quantity for ${item.sku}`);
    }
    return item.price >= 0;
  });
}
