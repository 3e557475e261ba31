"""CherryPy library catalogue searched with parsel XPath variables."""
import cherrypy
from parsel import Selector

with open("/srv/library/catalogue.xml", encoding="utf-8") as fh:
    CATALOGUE = Selector(text=fh.read(), type="xml")


class Books:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def by_author(self, author="", year=""):
        if year:
            titles = CATALOGUE.xpath("//book[author=$author][@year=$year]/title/text()", author=author, year=year)
        else:
            titles = CATALOGUE.xpath("//book[author=$author]/title/text()", author=author)
        return {"titles": titles.getall()}
