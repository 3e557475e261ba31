"""Masonite controller for the partner portal."""
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response

from app.models.Partner import Partner


class PortalController(Controller):
    def login(self, request: Request, response: Response):
        partner = Partner.where("api_key", request.input("api_key")).first()
        if partner is None:
            return response.json({"error": "unknown key"}, status=401)
        request.session.set("partner_id", partner.id)
        request.session.set("partner_tier", partner.tier)
        return response.redirect("/portal")

    def logout(self, request: Request, response: Response):
        request.session.flush()
        return response.redirect("/")
