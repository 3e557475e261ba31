"""Sanic API gateway: audit trail with repr'd and typed values."""
import logging
import uuid

from sanic import Sanic
from sanic.response import json

app = Sanic("gateway")
audit = logging.getLogger("gateway.audit")


@app.post("/admin/users/<user_id:uuid>/disable")
async def disable_user(request, user_id: uuid.UUID):
    reason = request.json.get("reason", "")
    actor = request.ctx.admin.username
    await request.app.ctx.users.disable(user_id)
    audit.warning("%s disabled %s: %r", actor, user_id, reason)
    return json({"disabled": str(user_id)})


@app.get("/admin/search")
async def search(request):
    term = request.args.get("q", "")
    results = await request.app.ctx.users.search(term)
    audit.info("admin search q=%r returned %d rows", term, len(results))
    return json({"results": results})
