"""BlackSheep preferences: the session keeps allow-listed values and a counter."""
import os

from blacksheep import Application, Request, json as json_response

from .tenants import tenants_of

app = Application()
app.use_sessions(os.environ["SESSION_SECRET"])
THEMES = ("light", "dark", "contrast")


@app.router.post("/theme")
async def set_theme(request: Request):
    body = await request.json()
    theme = body.get("theme")
    request.session["theme"] = theme if theme in THEMES else "light"
    request.session["changes"] = int(request.session.get("changes", 0)) + 1
    return json_response({"theme": request.session["theme"]})


@app.router.post("/tenant/switch")
async def switch_tenant(request: Request):
    wanted = (request.get_first_header(b"X-Tenant") or b"").decode()
    allowed = {t.slug: t.id for t in await tenants_of(request.user)}
    if wanted not in allowed:
        return json_response({"error": "not a member"}, status=403)
    request.session["tenant_id"] = allowed[wanted]
    return json_response({"ok": True})
