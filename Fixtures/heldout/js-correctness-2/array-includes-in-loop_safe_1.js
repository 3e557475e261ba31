function markBooked(seats, bookings) {
  const bookedIds = new Set(bookings.map((b) => b.seatId));
  for (const seat of seats) {
    seat.booked = bookedIds.has(seat.id);
  }
  return seats;
}

function seatLabels(seats) {
  return seats.filter((s) => s.label.includes("VIP") || s.label.indexOf("Box") === 0);
}

function isSoldOut(seats, wanted) {
  const free = seats.filter((s) => !s.booked).map((s) => s.id);
  return !free.includes(wanted);
}

module.exports = { markBooked, seatLabels, isSoldOut };
