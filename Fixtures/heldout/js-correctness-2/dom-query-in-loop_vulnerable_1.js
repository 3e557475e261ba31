// Live filter for the course catalogue table.
const rows = Array.from(document.querySelectorAll("#catalogue tbody tr"));

function applyFilter() {
  let visible = 0;
  for (const row of rows) {
    const term = document.getElementById("search").value.trim().toLowerCase();  // expect: dom-query-in-loop
    const show = row.textContent.toLowerCase().includes(term);
    row.hidden = !show;
    if (show) {
      visible++;
    }
    document.querySelector("#count").textContent = `${visible} courses`;  // expect: dom-query-in-loop
  }
}

document.getElementById("search").addEventListener("input", applyFilter);
