import tornado.web

from .accounts import authenticate


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = authenticate(self.get_body_argument("username"), self.get_body_argument("password"))
        if user is None:
            raise tornado.web.HTTPError(403)
        self.set_signed_cookie("user", str(user.id), expires_days=7)  # expect: insecure-cookie
        self.set_cookie("sid", user.session_id, httponly=True)  # expect: insecure-cookie
        self.redirect("/home")


class LogoutHandler(tornado.web.RequestHandler):
    def post(self):
        self.clear_cookie("user")
        self.clear_cookie("sid")
        self.redirect("/")
