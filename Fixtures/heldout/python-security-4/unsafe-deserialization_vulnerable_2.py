"""Quart app restoring a saved search from a cookie and importing pipeline specs."""
import jsonpickle
import yaml
from quart import Quart, jsonify, request

from .search import run_search

app = Quart(__name__)


class SavedSearch:
    def __init__(self, terms, filters):
        self.terms = terms
        self.filters = filters


def restore_search(cookie_value):
    if not cookie_value:
        return SavedSearch("", {})
    return jsonpickle.decode(cookie_value)  # expect: unsafe-deserialization


@app.get("/search/again")
async def search_again():
    saved = restore_search(request.cookies.get("last_search"))
    return jsonify(results=await run_search(saved.terms, saved.filters))


@app.post("/pipelines/import")
async def import_pipeline():
    raw = await request.get_data(as_text=True)
    spec = yaml.unsafe_load(raw)  # expect: unsafe-deserialization
    return jsonify(stages=[s.get("name") for s in spec.get("stages", [])])
