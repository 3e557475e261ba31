import tornado.web

CONVERSIONS = {
    "c_to_f": lambda c: c * 9 / 5 + 32,
    "f_to_c": lambda f: (f - 32) * 5 / 9,
    "km_to_mi": lambda km: km * 0.621371,
    "mi_to_km": lambda mi: mi / 0.621371,
}


class ConvertHandler(tornado.web.RequestHandler):
    def get(self, kind):
        fn = CONVERSIONS.get(kind)
        if fn is None:
            raise tornado.web.HTTPError(404)
        try:
            value = float(self.get_argument("value"))
        except ValueError:
            raise tornado.web.HTTPError(400) from None
        self.write({"kind": kind, "input": value, "output": round(fn(value), 3)})


def make_app():
    return tornado.web.Application([(r"/convert/(\w+)", ConvertHandler)])
