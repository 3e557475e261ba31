import tornado.web

from .accounts import authenticate


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = authenticate(self.get_body_argument("username"), self.get_body_argument("password"))
        if user is None:
            raise tornado.web.HTTPError(403)
        self.set_signed_cookie("user", str(user.id), expires_days=7, secure=True, httponly=True, samesite="Strict")
        self.set_cookie("sid", user.session_id, secure=True, httponly=True, samesite="Strict")
        self.redirect("/home")


class LogoutHandler(tornado.web.RequestHandler):
    def post(self):
        self.clear_cookie("user", secure=True, samesite="Strict")
        self.clear_cookie("sid", secure=True, samesite="Strict")
        self.redirect("/")
