"""BlackSheep sign-in endpoint with every cookie flag set."""
from datetime import datetime, timedelta, timezone

from blacksheep import Application, Cookie, CookieSameSiteMode, Request, json as json_response

from .auth import issue_token, verify_credentials
from .cart import open_cart

app = Application()


def _cookie(name, value, hours):
    return Cookie(
        name,
        value,
        expires=datetime.now(timezone.utc) + timedelta(hours=hours),
        path="/",
        http_only=True,
        secure=True,
        same_site=CookieSameSiteMode.STRICT,
    )


@app.router.post("/signin")
async def signin(request: Request):
    form = await request.form()
    user = await verify_credentials(form.get("email"), form.get("password"))
    response = json_response({"ok": True})
    response.set_cookie(_cookie("auth", issue_token(user), 8))
    response.set_cookie(_cookie("cart_session", await open_cart(user), 72))
    return response
