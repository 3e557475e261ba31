import tornado.web
from tornado.escape import url_escape, xhtml_escape


class SearchPage(tornado.web.RequestHandler):
    def get(self):
        term = self.get_query_argument("q", "")
        rows = ["<h1>Results</h1>"]
        rows.append("<p>You looked for <em>{}</em></p>".format(xhtml_escape(term)))
        rows.append('<a href="/search?q=%s">again</a>' % url_escape(term))
        self.write("".join(rows))


class PriceApi(tornado.web.RequestHandler):
    def get(self):
        cents = self.get_query_argument("cents", "0")
        self.write({"cents": cents})


class PlainEcho(tornado.web.RequestHandler):
    def post(self):
        self.set_header("Content-Type", "text/plain")
        self.write("got " + self.get_body_argument("text"))


class Receipt(tornado.web.RequestHandler):
    def get(self):
        amount = self.get_query_argument("amount")
        self.write(f"<p>Total: {float(amount) / 100:.2f} EUR</p>")
