import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")


class LogoutHandler(BaseHandler):
    def post(self):
        self.clear_cookie("user")
        after = self.get_body_argument("after", "/")
        self.redirect(after)  # expect: open-redirect


class LanguageHandler(BaseHandler):
    def get(self, lang):
        self.set_cookie("lang", lang, secure=True, httponly=True, samesite="Lax")
        back = self.request.headers.get("Referer") or "/"
        target = self.get_query_argument("next", back)
        self.redirect(target, permanent=False)  # expect: open-redirect
