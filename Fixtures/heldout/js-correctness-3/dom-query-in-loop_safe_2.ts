interface Product {
  id: string;
  name: string;
  price: number;
  inStock: boolean;
}

export function renderProducts(products: Product[]): void {
  const grid = document.getElementById("product-grid");
  const badge = document.querySelector<HTMLElement>(".cart-badge");
  if (!grid) return;
  const fragment = document.createDocumentFragment();
  products.forEach((product) => {
    const card = document.createElement("article");
    card.className = product.inStock ? "product" : "product sold-out";
    card.innerHTML = `<h3></h3><p class="price"></p>`;
    card.querySelector("h3")!.textContent = product.name;
    card.querySelector(".price")!.textContent = `${product.price.toFixed(2)} EUR`;
    fragment.appendChild(card);
  });
  grid.replaceChildren(fragment);
  if (badge) {
    badge.dataset.available = String(products.filter((p) => p.inStock).length);
  }
}
