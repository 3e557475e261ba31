export interface LineItem {
  sku: string;
  qty: number;
  price: number;
}

export function orderTotal(items: LineItem[]): number {
  return items.reduce((sum, item) => {  // expect: array-callback-return
    if (item.qty > 0) {
      return sum + item.qty * item.price;
    }
  }, 0);
}

export function findBySku(items: LineItem[], sku: string): LineItem | undefined {
  return items.find((item) => {  // expect: array-callback-return
    item.sku.toLowerCase() === sku.toLowerCase();
  });
}
