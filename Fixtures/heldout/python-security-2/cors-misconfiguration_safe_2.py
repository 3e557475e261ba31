"""Tornado API for the shared calendar: public feed open to all, no credentials."""
import tornado.web

TRUSTED = ("https://calendar.example.org", "https://intranet.example.org")


class PublicFeedHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "*")

    def get(self):
        self.write({"holidays": ["2026-12-25", "2027-01-01"]})


class EventsHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        requester = self.request.headers.get("Origin")
        if requester in TRUSTED:
            self.set_header("Access-Control-Allow-Origin", requester)
            self.set_header("Access-Control-Allow-Credentials", "true")
            self.set_header("Vary", "Origin")

    def get(self):
        user = self.get_secure_cookie("cal_user")
        self.write({"user": user.decode() if user else None, "events": []})


def make_app(secret):
    return tornado.web.Application(
        [(r"/api/holidays", PublicFeedHandler), (r"/api/events", EventsHandler)],
        cookie_secret=secret,
    )
