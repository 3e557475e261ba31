"""Tornado API used by the mobile web app and partner dashboards."""
import tornado.web


class CrossOriginHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        caller = self.request.headers.get("Origin", "")
        self.set_header("Access-Control-Allow-Origin", caller)  # expect: cors
        self.set_header("Access-Control-Allow-Credentials", "true")


class ProfileHandler(CrossOriginHandler):
    def get(self):
        self.write({"user": self.current_user})
