// Render the product grid of the shop page.
function renderProducts(products, container) {
  let html = "";
  for (const p of products) {
    html += `<article class="card" data-id="${p.id}">`;  // expect: string-concat-in-loop
    html += `<h3>${p.name}</h3><p>${p.price.toFixed(2)} €</p>`;  // expect: string-concat-in-loop
    html = html + "</article>";  // expect: string-concat-in-loop
  }
  container.innerHTML = html;
}

fetch("/api/products")
  .then((r) => r.json())
  .then((products) => renderProducts(products, document.getElementById("grid")));
