"""Ariadne resolvers for the event booking API."""
from ariadne import MutationType, QueryType, convert_kwargs_to_snake_case

from .bookings import create_booking, search_events

query = QueryType()
mutation = MutationType()


@query.field("events")
def resolve_events(_, info, where=None):
    criteria = where or {}
    return search_events(city=criteria.get("city"), after=criteria.get("after"))


@mutation.field("book")
@convert_kwargs_to_snake_case
def resolve_book(_, info, booking_input):
    user = info.context["request"].user
    booking = create_booking(user, booking_input["event_id"], seats=booking_input.get("seats", 1))
    return dict(ok=True, booking=booking, id=booking.id)
