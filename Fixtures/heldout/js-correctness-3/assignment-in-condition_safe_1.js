const thumbs = Array.from(document.querySelectorAll(".gallery img"));
const overlay = document.getElementById("lightbox");
const big = overlay.querySelector("img");
let current = -1;

function show(index) {
  current = index;
  if (current === index) {
    big.src = thumbs[index].dataset.full;
  }
  overlay.hidden = false;
}

function figureFor(el) {
  let node = el;
  while ((node = node.parentElement)) {
    if (node.tagName === "FIGURE") return node;
  }
  return null;
}

thumbs.forEach((img, i) => img.addEventListener("click", () => show(i)));
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") overlay.hidden = true;
  const fig = current >= 0 && figureFor(thumbs[current]);
  if (fig) fig.classList.add("seen");
});
