interface Product {
  id: number;
  stock: number;
  category?: string | null;
}

export function findProduct(products: Product[], id: string): Product | undefined {
  return products.find((product) => product.id === Number(id));
}

export function outOfStock(products: Product[]): Product[] {
  return products.filter((product) => product.stock === 0);
}

export function uncategorised(products: Product[]): Product[] {
  return products.filter((product) => product.category == null);
}

export function categorised(products: Product[]): Product[] {
  return products.filter((product) => product.category != null);
}
