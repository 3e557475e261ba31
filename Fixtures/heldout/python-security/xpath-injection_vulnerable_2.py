import xml.etree.ElementTree as ET

import elementpath
from fastapi import FastAPI

app = FastAPI()
CATALOG = ET.parse("catalog.xml")


class CatalogSearch:
    def __init__(self, root):
        self.root = root

    def titles_by(self, author: str, year: str):
        parts = ["//book"]
        parts.append("[author = '%s']" % author)
        if year:
            parts.append("[@year = %s]" % year)
        path = "".join(parts) + "/title"
        return [t.text for t in elementpath.select(self.root, path)]  # expect: xpath-injection


search = CatalogSearch(CATALOG.getroot())


@app.get("/books")
def books(author: str, year: str = ""):
    return {"titles": search.titles_by(author, year)}
