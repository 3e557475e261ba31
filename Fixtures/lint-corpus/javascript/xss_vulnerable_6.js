// Share widget of a static site: links and frames built from the page's address.
const params = new URLSearchParams(window.location.search);

function renderShare() {
  const target = params.get("url");
  const link = document.querySelector("#share-link");
  link.setAttribute("href", target); // expect: xss
  link.textContent = "Open shared page";
}

function renderPreview() {
  const embed = decodeURIComponent(window.location.hash.slice(1));
  const frame = document.createElement("iframe");
  frame.src = embed; // expect: xss
  document.body.appendChild(frame);
}

renderShare();
renderPreview();
