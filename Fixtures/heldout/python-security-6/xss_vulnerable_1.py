"""web.py pages of the lost-and-found board."""
import web

from .items import find_items

urls = ("/search", "Search", "/item/(.*)", "Item")
app = web.application(urls, globals())


def _results_page(term, items):
    rows = "".join("<li>%s</li>" % web.websafe(i.title) for i in items)
    return "<h2>Results for %s</h2><ul>%s</ul>" % (term, rows)


class Search:
    def GET(self):
        term = web.input(q="").q
        web.header("Content-Type", "text/html; charset=utf-8")
        return _results_page(term, find_items(term))  # expect: xss


class Item:
    def GET(self, slug):
        web.header("Content-Type", "text/html; charset=utf-8")
        return "<p>No item called <b>" + slug + "</b> was found.</p>"  # expect: xss
