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

    def messages(self):
        bookings = list(Booking.objects(starts__gte=self.day_start, starts__lt=self.day_end))
        member_ids = list({b.member_id for b in bookings})
        members = {str(m.id): m for m in Member.objects(id__in=member_ids)}
        return [
            (members[b.member_id].email, f"Court {b.court} at {b.starts:%H:%M}")
            for b in bookings
        ]
