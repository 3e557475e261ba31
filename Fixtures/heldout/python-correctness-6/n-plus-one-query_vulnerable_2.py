"""MongoEngine helpers for the club membership emails."""
from mongoengine import DateTimeField, Document, StringField


class Member(Document):
    name = StringField(required=True)
    email = StringField(required=True)


class Booking(Document):
    member_id = StringField(required=True)
    court = StringField()
    starts = DateTimeField()


class Reminders:
    def __init__(self, day_start, day_end):
        self.day_start = day_start
        self.day_end = day_end

    def _member(self, booking):
        return Member.objects(id=booking.member_id).first()  # expect: n-plus-one-query

    def messages(self):
        bookings = Booking.objects(starts__gte=self.day_start, starts__lt=self.day_end)
        return [
            (self._member(b).email, f"Court {b.court} at {b.starts:%H:%M}")
            for b in bookings
        ]
