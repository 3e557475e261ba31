"""Library catalogue lookup over an exported MARC-XML file, XPath variables."""
from aiohttp import web
from lxml import etree

CATALOG = etree.parse("/srv/library/catalog.xml")


async def by_author(request: web.Request) -> web.Response:
    author = request.query.get("author", "")
    year = request.query.get("year", "")
    if year:
        titles = CATALOG.xpath(
            "//record[author=$author and year=$year]/title/text()", author=author, year=year
        )
    else:
        titles = CATALOG.xpath("//record[author=$author]/title/text()", author=author)
    return web.json_response({"titles": [str(t) for t in titles]})


async def by_isbn(request: web.Request) -> web.Response:
    isbn = request.match_info["isbn"]
    nodes = CATALOG.getroot().xpath("//record[isbn=$isbn]", isbn=isbn)
    if not nodes:
        raise web.HTTPNotFound()
    return web.Response(body=etree.tostring(nodes[0]), content_type="application/xml")
