"""BlackSheep log viewer: filter and highlight lines of a service log."""
import re

from blacksheep import Application, Request, json as json_response

from .logs import tail

app = Application()


def _matcher(pattern, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(pattern, flags)  # expect: regex-injection


@app.router.get("/logs/{service}")
async def view(request: Request, service: str):
    pattern = request.query.get("grep", [".*"])[0]
    matcher = _matcher(pattern, "i" in request.query)
    lines = [line for line in tail(service, 500) if matcher.search(line)]
    return json_response({"lines": lines})


@app.router.get("/logs/{service}/highlight")
async def highlight(request: Request, service: str):
    term = request.query.get("term", [""])[0]
    marked = [re.sub(term, lambda m: "<<" + m.group(0) + ">>", line) for line in tail(service, 200)]  # expect: regex-injection
    return json_response({"lines": marked})
