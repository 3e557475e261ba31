"""Starlette login flow for the customer portal, local redirects only."""
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

from portal.auth import check_credentials, start_session


def local_path(raw, default="/dashboard"):
    if not raw or not raw.startswith("/") or raw.startswith("//") or "\\" in raw:
        return default
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc:
        return default
    return raw


async def login(request):
    form = await request.form()
    user = await check_credentials(form["email"], form["password"])
    if user is None:
        return RedirectResponse("/login?failed=1", status_code=303)
    response = RedirectResponse(local_path(form.get("next")), status_code=303)
    start_session(response, user)
    return response


async def logout(request):
    dest = local_path(request.query_params.get("return_url"), default="/")
    response = RedirectResponse(url=dest)
    response.delete_cookie("portal_session")
    return response


app = Starlette(routes=[
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout),
])
