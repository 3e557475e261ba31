// Lightbox for the photo gallery: click a thumbnail, arrows to browse.
const thumbs = Array.from(document.querySelectorAll(".gallery img"));
const overlay = document.getElementById("lightbox");
const big = overlay.querySelector("img");
let current = -1;

function show(index) {
  if (current = index) { // expect: assignment-in-condition
    big.src = thumbs[index].dataset.full;
    big.alt = thumbs[index].alt;
  }
  overlay.hidden = false;
}

function figureFor(el) {
  let node = el;
  while (node = node.parentElement) { // expect: assignment-in-condition
    if (node.tagName === "FIGURE") return node;
  }
  return null;
}

thumbs.forEach((img, i) => img.addEventListener("click", () => show(i)));
document.addEventListener("keydown", (e) => {
  if (overlay.hidden) return;
  if (e.key === "ArrowRight") show((current + 1) % thumbs.length);
  if (e.key === "Escape") overlay.hidden = true;
  const fig = figureFor(thumbs[current]);
  if (fig) fig.classList.add("seen");
});
