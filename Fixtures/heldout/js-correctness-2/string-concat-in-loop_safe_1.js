function renderProducts(products, container) {
  const cards = [];
  for (const p of products) {
    cards.push(`<article class="card" data-id="${p.id}"><h3>${p.name}</h3><p>${p.price.toFixed(2)} €</p></article>`);
  }
  container.innerHTML = cards.join("");
}

function stars(rating) {
  let label = "★".repeat(Math.round(rating));
  label += ` (${rating.toFixed(1)})`;
  return label;
}

function totalPrice(products) {
  let total = 0;
  for (const p of products) {
    total += p.price;
  }
  return total;
}

export { renderProducts, stars, totalPrice };
