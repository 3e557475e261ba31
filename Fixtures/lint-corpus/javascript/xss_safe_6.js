// Share widget of a static site: URLs built on a fixed origin or checked for their scheme.
const params = new URLSearchParams(window.location.search);

function renderShare() {
  const q = params.get("q") || "";
  const link = document.querySelector("#share-link");
  link.setAttribute("href", `https://example.com/search?q=${encodeURIComponent(q)}`);
  link.textContent = q;
}

function renderPreview() {
  const id = Number(params.get("id"));
  const frame = document.createElement("iframe");
  frame.src = `/embed/${id}`;
  document.body.appendChild(frame);
}

function goHome() {
  window.location.href = "/";
}

renderShare();
renderPreview();
