"""Starlette login flow for the customer portal."""
from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

from portal.auth import check_credentials, start_session


async def login(request):
    form = await request.form()
    user = await check_credentials(form["email"], form["password"])
    if user is None:
        return RedirectResponse("/login?failed=1", status_code=303)
    response = RedirectResponse(form.get("next") or "/dashboard", status_code=303)  # expect: open-redirect
    start_session(response, user)
    return response


async def logout(request):
    dest = request.query_params.get("return_url", "/")
    response = RedirectResponse(url=dest)  # expect: open-redirect
    response.delete_cookie("portal_session")
    return response


app = Starlette(routes=[
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout),
])
