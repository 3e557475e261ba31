"""marshmallow schemas of the booking API."""
from marshmallow import Schema, ValidationError, fields, validates


class BookingSchema(Schema):
    room = fields.Str(required=True)
    guests = fields.Int(required=True)
    nights = fields.Int(required=True)

    @validates("guests")
    def validate_guests(self, value, **kwargs):
        if value < 1 or value > 6:
            raise ValidationError("between 1 and 6 guests")

    def nightly_total(data, rate):  # expect: missing-self
        return data["nights"] * rate * (1 + 0.1 * max(data["guests"] - 2, 0))


def quote(payload, rate):
    schema = BookingSchema()
    data = schema.load(payload)
    return schema.nightly_total(data, rate)
