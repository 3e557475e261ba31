"""openpyxl: drop cancelled bookings from the room-planning workbook."""
from openpyxl import load_workbook


def active_bookings(path):
    sheet = load_workbook(path, read_only=True)["Bookings"]
    bookings = [dict(zip(("room", "guest", "status"), row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    bookings[:] = [booking for booking in bookings if booking["status"] != "cancelled"]
    return bookings


def merge_waitlist(bookings, waitlist):
    for index, booking in enumerate(bookings):
        if booking["status"] == "no-show" and waitlist:
            bookings[index] = {**booking, "guest": waitlist[-1], "status": "confirmed"}
    return bookings


def first_vip(bookings):
    for booking in bookings:
        if booking["guest"].endswith("(VIP)"):
            bookings.remove(booking)
            return booking
    return None
