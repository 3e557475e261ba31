const rows = Array.from(document.querySelectorAll("#catalogue tbody tr"));
const search = document.getElementById("search");
const counter = document.querySelector("#count");

function applyFilter() {
  const term = search.value.trim().toLowerCase();
  let visible = 0;
  for (const row of rows) {
    const title = row.querySelector(".title");
    const show = title.textContent.toLowerCase().includes(term);
    row.hidden = !show;
    if (show) {
      visible++;
    }
  }
  counter.textContent = `${visible} courses`;
}

search.addEventListener("input", applyFilter);
