"""Ariadne resolvers for the event booking API."""
from ariadne import MutationType, QueryType, make_executable_schema

from .bookings import create_booking, search_events
from .schema import TYPE_DEFS

query = QueryType()
mutation = MutationType()


@query.field("events")
def resolve_events(_, info, filter=None):  # expect: shadowed-builtin
    criteria = filter or {}
    return search_events(city=criteria.get("city"), after=criteria.get("after"))


@mutation.field("book")
def resolve_book(_, info, input):  # expect: shadowed-builtin
    user = info.context["request"].user
    booking = create_booking(user, input["eventId"], seats=input.get("seats", 1))
    return {"ok": True, "booking": booking}


schema = make_executable_schema(TYPE_DEFS, query, mutation)
