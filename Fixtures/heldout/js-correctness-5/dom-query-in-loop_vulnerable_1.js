// Vanilla script: highlight seats in a cinema seat picker.
const SEAT_PRICE = 9.5;

function renderSelection(selected) {
  selected.forEach((seatId) => {
    const seat = document.querySelector(`[data-seat="${seatId}"]`);
    seat.classList.add("is-selected");
    document.getElementById("total").textContent = `${(selected.length * SEAT_PRICE).toFixed(2)} €`;  // expect: dom-query-in-loop
  });
}

function clearSelection(rows) {
  for (const row of rows) {
    for (const seat of row.seats) {
      const legend = document.querySelector(".legend-selected");  // expect: dom-query-in-loop
      legend.hidden = true;
      seat.element.classList.remove("is-selected");
    }
  }
}

window.seatPicker = { renderSelection, clearSelection };
