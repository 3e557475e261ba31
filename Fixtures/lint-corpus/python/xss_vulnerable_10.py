import tornado.web


class SearchPage(tornado.web.RequestHandler):
    def get(self):
        term = self.get_query_argument("q", "")
        rows = ["<h1>Results</h1>"]
        rows.append("<p>You looked for <em>{}</em></p>".format(term))
        self.write("".join(rows))  # expect: xss

    def write_error(self, status_code, **kwargs):
        back = self.request.headers.get("Referer", "/")
        self.finish(f"<p>Something broke. <a href='{back}'>Back</a></p>")  # expect: xss
