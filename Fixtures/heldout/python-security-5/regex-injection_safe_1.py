"""BlackSheep log viewer; user text is escaped before it becomes a pattern."""
import re

from blacksheep import Application, Request, json as json_response

from .logs import tail

app = Application()


def _matcher(text, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(re.escape(text), flags)


@app.router.get("/logs/{service}")
async def view(request: Request, service: str):
    text = request.query.get("grep", [""])[0]
    matcher = _matcher(text, "i" in request.query)
    lines = [line for line in tail(service, 500) if matcher.search(line)]
    return json_response({"lines": lines})
