"""Tornado API: the Origin is echoed back only for listed partners."""
import tornado.web

PARTNER_ORIGINS = frozenset({"https://dash.partner.example", "https://m.example.com"})


class CrossOriginHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        caller = self.request.headers.get("Origin", "")
        if self.request.path.startswith("/api/") and caller in PARTNER_ORIGINS:
            self.set_header("Access-Control-Allow-Origin", caller)
            self.set_header("Access-Control-Allow-Credentials", "true")
            self.set_header("Vary", "Origin")
        self.set_header("Access-Control-Allow-Headers", "Content-Type")
