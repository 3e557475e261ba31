"""BlackSheep parts lookup over a supplier's XML feed (lxml evaluator)."""
from blacksheep import Application, Request, json as json_response
from lxml import etree

app = Application()
FEED = etree.parse("/srv/feeds/parts.xml")
evaluate = etree.XPathEvaluator(FEED)


class PartQuery:
    def __init__(self):
        self.conditions = []

    def where(self, field, value):
        self.conditions.append("%s='%s'" % (field, value))
        return self

    def build(self):
        return "//part[" + " and ".join(self.conditions) + "]"


@app.router.get("/parts")
async def parts(request: Request):
    query = PartQuery().where("@maker", request.query.get("maker", [""])[0])
    if "model" in request.query:
        query.where("model", request.query["model"][0])
    nodes = evaluate(query.build())  # expect: xpath-injection
    return json_response([n.get("sku") for n in nodes])
