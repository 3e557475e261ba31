import tornado.web


class GreetingHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "guest")
        theme = self.get_query_argument("theme", "light")
        parts = ['<div class="card card-%s">' % theme]
        parts.append("<p>Welcome back, {}!</p>".format(name))
        parts.append("</div>")
        self.set_header("Content-Type", "text/html")
        self.write("\n".join(parts))  # expect: xss


class NotFoundHandler(tornado.web.RequestHandler):
    def prepare(self):
        ref = self.request.headers.get("Referer", "/")
        self.set_status(404)
        self.finish(f"<p>Page not found. <a href='{ref}'>Go back</a></p>")  # expect: xss


def make_app():
    return tornado.web.Application(
        [(r"/hello", GreetingHandler)],
        default_handler_class=NotFoundHandler,
    )
