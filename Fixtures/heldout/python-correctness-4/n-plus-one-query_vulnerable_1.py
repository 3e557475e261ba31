"""SQLAlchemy 2.0 ORM report: seminar rooms and their bookings this week."""
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from campus.models import Booking, Room


def weekly_report(session: Session, monday: dt.date) -> list[dict]:
    sunday = monday + dt.timedelta(days=6)
    rooms = session.scalars(select(Room).where(Room.active.is_(True))).all()
    report = []
    for room in rooms:
        count = session.scalar(  # expect: n-plus-one-query
            select(func.count(Booking.id)).where(
                Booking.room_id == room.id, Booking.day.between(monday, sunday)
            )
        )
        owner = session.get(Booking, room.last_booking_id) if room.last_booking_id else None  # expect: n-plus-one-query
        report.append({"room": room.name, "bookings": count, "last_by": owner.user_name if owner else None})
    return report
