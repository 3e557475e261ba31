"""BlackSheep parts lookup; values reach the lxml evaluator as XPath variables."""
from blacksheep import Application, Request, json as json_response
from lxml import etree

app = Application()
FEED = etree.parse("/srv/feeds/parts.xml")
evaluate = etree.XPathEvaluator(FEED)
FIELDS = {"maker": "@maker", "model": "model", "family": "@family"}


@app.router.get("/parts")
async def parts(request: Request):
    field = request.query.get("field", ["maker"])[0]
    value = request.query.get("value", [""])[0]
    if field not in FIELDS:
        return json_response({"error": "unknown field"}, status=400)
    nodes = evaluate("//part[%s=$value]" % FIELDS[field], value=value)
    return json_response([n.get("sku") for n in nodes])
