import xml.etree.ElementTree as ET

import elementpath
from fastapi import FastAPI, HTTPException

app = FastAPI()
CATALOG = ET.parse("catalog.xml")
GENRES = {"fiction", "history", "science"}


class CatalogSearch:
    def __init__(self, root):
        self.root = root

    def titles_by(self, author: str, year: int):
        path = "//book[author = $author][@year = $year]/title"
        found = elementpath.select(self.root, path, variables={"author": author, "year": year})
        return [t.text for t in found]

    def titles_in(self, genre: str):
        if genre not in GENRES:
            raise HTTPException(400, "unknown genre")
        return [t.text for t in self.root.findall(f".//book[@genre='{genre}']/title")]


search = CatalogSearch(CATALOG.getroot())


@app.get("/books")
def books(author: str, year: int):
    return {"titles": search.titles_by(author, year)}


@app.get("/genres/{genre}")
def genre(genre: str):
    return {"titles": search.titles_in(genre)}
