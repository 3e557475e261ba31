"""Library catalogue lookup over an exported MARC-XML file (aiohttp)."""
from aiohttp import web
from lxml import etree

CATALOG = etree.parse("/srv/library/catalog.xml")


def title_query(author: str, year: str) -> str:
    query = "//record[author='%s'" % author
    if year:
        query += " and year=" + year
    return query + "]/title/text()"


async def by_author(request: web.Request) -> web.Response:
    author = request.query.get("author", "")
    year = request.query.get("year", "")
    titles = CATALOG.xpath(title_query(author, year))  # expect: xpath-injection
    return web.json_response({"titles": [str(t) for t in titles]})


async def by_isbn(request: web.Request) -> web.Response:
    isbn = request.match_info["isbn"]
    root = CATALOG.getroot()
    nodes = root.xpath(f"//record[isbn='{isbn}']")  # expect: xpath-injection
    if not nodes:
        raise web.HTTPNotFound()
    return web.Response(body=etree.tostring(nodes[0]), content_type="application/xml")
