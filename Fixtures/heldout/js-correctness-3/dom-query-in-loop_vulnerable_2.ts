interface Product {
  id: string;
  name: string;
  price: number;
  inStock: boolean;
}

export function renderProducts(products: Product[]): void {
  products.forEach((product) => {
    const card = document.createElement("article");
    card.className = "product";
    card.innerHTML = `<h3></h3><p class="price"></p>`;
    card.querySelector("h3")!.textContent = product.name;
    card.querySelector(".price")!.textContent = `${product.price.toFixed(2)} EUR`;
    if (!product.inStock) {
      card.classList.add("sold-out");
    }
    document.getElementById("product-grid")!.appendChild(card); // expect: dom-query-in-loop
  });
  for (const product of products) {
    const badge = document.querySelector<HTMLElement>(".cart-badge"); // expect: dom-query-in-loop
    if (badge && product.inStock) {
      badge.dataset.available = String(Number(badge.dataset.available ?? 0) + 1);
    }
  }
}
