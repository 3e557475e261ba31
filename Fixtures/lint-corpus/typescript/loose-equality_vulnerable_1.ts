interface Product {
  id: number;
  stock: number;
  category: string;
}

export function findProduct(products: Product[], id: string): Product | undefined {
  return products.find((product) => product.id == Number(id)); // expect: loose-equality
}

export function outOfStock(products: Product[]): Product[] {
  return products.filter((product) => product.stock == 0); // expect: loose-equality
}

export function otherCategories(products: Product[], category: string): string[] {
  return products.map((p) => p.category).filter((c) => c != category); // expect: loose-equality
}
