from flask import Blueprint, abort, jsonify

from .models import Ticket

bp = Blueprint("tickets", __name__)


@bp.get("/tickets/<int:id>")
def show(id):  # expect: shadowed-builtin
    ticket = Ticket.query.get(id)
    if ticket is None:
        abort(404)
    return jsonify(ticket.to_dict())


@bp.get("/tickets/open")
def open_tickets():
    tickets = Ticket.query.filter_by(status="open").all()
    for object in tickets:  # expect: shadowed-builtin
        object.age_days = object.age().days
    return jsonify([t.to_dict() for t in tickets])


def format(ticket):  # expect: shadowed-builtin
    return f"#{ticket.id} {ticket.title} [{ticket.status}]"
