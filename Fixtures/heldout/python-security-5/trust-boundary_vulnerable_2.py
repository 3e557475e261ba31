"""BlackSheep profile and tenant switching stored in the session."""
import os

from blacksheep import Application, Request, json as json_response

app = Application()
app.use_sessions(os.environ["SESSION_SECRET"])


def _profile_from(body):
    return {"display_name": body.get("name"), "timezone": body.get("tz", "UTC")}


@app.router.post("/profile")
async def update_profile(request: Request):
    body = await request.json()
    request.session["profile"] = _profile_from(body)  # expect: trust-boundary
    return json_response({"saved": True})


@app.router.post("/tenant/switch")
async def switch_tenant(request: Request):
    header = request.get_first_header(b"X-Tenant")
    request.session["tenant"] = header.decode() if header else "default"  # expect: trust-boundary
    return json_response({"ok": True})
