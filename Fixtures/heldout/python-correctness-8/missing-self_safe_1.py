"""Pyramid class-based views for a small shop basket."""
from decimal import Decimal

from pyramid.view import view_config, view_defaults

VAT = Decimal("0.21")


@view_defaults(route_name="basket", renderer="json")
class BasketViews:
    def __init__(self, request):
        self.request = request

    @staticmethod
    def line_total(line):
        return Decimal(line["price"]) * int(line["qty"])

    @classmethod
    def empty_payload(cls):
        return {"lines": [], "view": cls.__name__}

    @view_config(request_method="GET")
    def show(self):
        lines = self.request.session.get("basket", [])
        net = sum((self.line_total(line) for line in lines), Decimal("0"))
        return {"lines": lines, "net": str(net), "gross": str(net * (1 + VAT))}

    @view_config(request_method="DELETE")
    def clear(self):
        self.request.session["basket"] = []
        return self.empty_payload()
