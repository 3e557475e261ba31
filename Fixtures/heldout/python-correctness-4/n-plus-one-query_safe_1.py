"""SQLAlchemy 2.0 ORM report: seminar rooms and their bookings this week."""
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from campus.models import Booking, Room


def weekly_report(session: Session, monday: dt.date) -> list[dict]:
    sunday = monday + dt.timedelta(days=6)
    counts = dict(
        session.execute(
            select(Booking.room_id, func.count(Booking.id))
            .where(Booking.day.between(monday, sunday))
            .group_by(Booking.room_id)
        ).all()
    )
    rooms = session.scalars(
        select(Room).where(Room.active.is_(True)).options(selectinload(Room.last_booking))
    ).all()
    return [
        {
            "room": room.name,
            "bookings": counts.get(room.id, 0),
            "last_by": room.last_booking.user_name if room.last_booking else None,
        }
        for room in rooms
    ]
