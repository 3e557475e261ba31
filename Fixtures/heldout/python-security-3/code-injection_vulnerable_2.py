import tornado.web

UNITS = {"km": "1000", "m": "1", "cm": "0.01", "mm": "0.001"}


class ConvertHandler(tornado.web.RequestHandler):
    def get(self):
        value = self.get_argument("value")
        unit = self.get_argument("unit", "m")
        factor = UNITS.get(unit, "1")
        meters = eval("float(%s) * %s" % (value, factor))  # expect: code-injection
        self.write({"meters": meters})


class ShellHandler(tornado.web.RequestHandler):
    """Ops console: evaluates a snippet against the running app."""

    def post(self):
        snippet = self.request.body.decode("utf-8")
        env = {"app": self.application, "settings": self.settings}
        exec(compile(snippet, "<console>", "exec"), env)  # expect: code-injection
        self.write({"result": repr(env.get("result"))})


def make_app():
    return tornado.web.Application([(r"/convert", ConvertHandler), (r"/_console", ShellHandler)])
