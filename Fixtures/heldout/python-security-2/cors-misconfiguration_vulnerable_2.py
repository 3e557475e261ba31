"""Tornado API for the shared calendar; called from several web front-ends."""
import tornado.web


class CorsMixin:
    def set_default_headers(self):
        requester = self.request.headers.get("Origin")
        if requester:
            self.set_header("Access-Control-Allow-Origin", requester)  # expect: cors-misconfiguration
            self.set_header("Access-Control-Allow-Credentials", "true")
            self.set_header("Vary", "Origin")

    def options(self, *args):
        self.set_status(204)
        self.finish()


class EventsHandler(CorsMixin, tornado.web.RequestHandler):
    def get(self):
        user = self.get_secure_cookie("cal_user")
        self.write({"user": user.decode() if user else None, "events": []})


def make_app(secret):
    return tornado.web.Application([(r"/api/events", EventsHandler)], cookie_secret=secret)
