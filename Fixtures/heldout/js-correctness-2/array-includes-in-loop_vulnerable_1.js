// Mark the seats already booked on the cinema seat map.
function markBooked(seats, bookings) {
  const bookedIds = bookings.map((b) => b.seatId);
  for (const seat of seats) {
    seat.booked = bookedIds.includes(seat.id);  // expect: array-includes-in-loop
  }
  return seats;
}

function freeSeatsInRow(seats, row, blocked) {
  return seats.filter((s) => s.row === row && blocked.indexOf(s.id) === -1);  // expect: array-includes-in-loop
}

module.exports = { markBooked, freeSeatsInRow };
