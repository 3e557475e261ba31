"""Sanic API gateway: audit trail of admin actions."""
import logging

from sanic import Sanic
from sanic.response import json

app = Sanic("gateway")
audit = logging.getLogger("gateway.audit")


@app.post("/admin/users/<user_id>/disable")
async def disable_user(request, user_id):
    reason = request.json.get("reason", "")
    actor = request.headers.get("x-admin-user", "unknown")
    await request.app.ctx.users.disable(user_id)
    audit.warning(f"{actor} disabled {user_id}: {reason}")  # expect: log-injection
    return json({"disabled": user_id})


@app.get("/admin/search")
async def search(request):
    term = request.args.get("q", "")
    audit.info("admin search q=%s" % term)  # expect: log-injection
    results = await request.app.ctx.users.search(term)
    return json({"results": results})
