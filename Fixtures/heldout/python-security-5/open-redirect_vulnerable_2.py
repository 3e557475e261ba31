"""BlackSheep OAuth-style consent flow for the partner portal."""
from blacksheep import Application, Request, redirect

from .consent import record_consent

app = Application()


def _first(request, name, default=""):
    values = request.query.get(name)
    return values[0] if values else default


@app.router.get("/consent/done")
async def consent_done(request: Request):
    next_url = _first(request, "next", "/")
    await record_consent(request.user)
    return redirect(next_url)  # expect: open-redirect


@app.router.get("/lang")
async def switch_language(request: Request):
    back = request.get_first_header(b"Referer")
    target = back.decode() if back else "/"
    return redirect(target)  # expect: open-redirect
