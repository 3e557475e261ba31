"""BlackSheep consent flow that redirects to a named destination."""
from blacksheep import Application, Request, redirect

from .consent import record_consent

app = Application()
DESTINATIONS = {
    "dashboard": "/dashboard",
    "billing": "/settings/billing",
    "docs": "https://docs.example.com/partners",
}


@app.router.get("/consent/done")
async def consent_done(request: Request):
    values = request.query.get("next")
    key = values[0] if values else "dashboard"
    await record_consent(request.user)
    return redirect(DESTINATIONS.get(key, "/dashboard"))
