"""openpyxl: drop cancelled bookings from the room-planning workbook."""
from openpyxl import load_workbook


def active_bookings(path):
    sheet = load_workbook(path, read_only=True)["Bookings"]
    bookings = [dict(zip(("room", "guest", "status"), row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    for index, booking in enumerate(bookings):
        if booking["status"] == "cancelled":
            del bookings[index]  # expect: modify-list-while-iterating
    return bookings


def merge_waitlist(bookings, waitlist):
    for booking in bookings:
        if booking["status"] == "no-show" and waitlist:
            bookings.append({**booking, "guest": waitlist[-1], "status": "confirmed"})  # expect: modify-list-while-iterating
    return bookings
