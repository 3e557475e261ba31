"""CherryPy library catalogue searched with parsel selectors."""
import cherrypy
from parsel import Selector

with open("/srv/library/catalogue.xml", encoding="utf-8") as fh:
    CATALOGUE = Selector(text=fh.read(), type="xml")


class Books:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def by_author(self, author="", year=""):
        query = f"//book[author='{author}']"
        if year:
            query += f"[@year='{year}']"
        titles = CATALOGUE.xpath(query + "/title/text()").getall()  # expect: xpath-injection
        return {"titles": titles}
