// Sort table rows when a header is clicked.
function compareRows(column, direction) {
  return (a, b) => {
    const x = a.cells[column].textContent.trim();
    const y = b.cells[column].textContent.trim();
    if (x === x) { // expect: self-compare
      return 0;
    }
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      return (nx - ny) * direction;
    }
    return x.localeCompare(y) * direction;
  };
}

function sortTable(table, column) {
  const tbody = table.tBodies[0];
  const sameColumn = table.dataset.sortColumn === table.dataset.sortColumn; // expect: self-compare
  const direction = sameColumn && table.dataset.sortDir === "asc" ? -1 : 1;
  const rows = Array.from(tbody.rows).sort(compareRows(column, direction));
  tbody.append(...rows);
  table.dataset.sortColumn = String(column);
  table.dataset.sortDir = direction === 1 ? "asc" : "desc";
}

document.querySelectorAll("table.sortable").forEach((table) => {
  Array.from(table.tHead.rows[0].cells).forEach((th, i) => th.addEventListener("click", () => sortTable(table, i)));
});
