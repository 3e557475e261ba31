// Vanilla script: highlight seats in a cinema seat picker.
const SEAT_PRICE = 9.5;

function renderSelection(selected) {
  const total = document.getElementById("total");
  selected.forEach((seatId) => {
    const seat = document.querySelector(`[data-seat="${seatId}"]`);
    seat.classList.add("is-selected");
  });
  total.textContent = `${(selected.length * SEAT_PRICE).toFixed(2)} €`;
}

function clearSelection(rows) {
  const legend = document.querySelector(".legend-selected");
  legend.hidden = true;
  for (const row of rows) {
    for (const seat of row.seats) {
      seat.element.querySelector(".seat-label").classList.remove("is-selected");
    }
  }
}

window.seatPicker = { renderSelection, clearSelection };
