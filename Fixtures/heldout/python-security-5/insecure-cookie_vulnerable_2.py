"""BlackSheep sign-in endpoint issuing the auth and cart cookies."""
from datetime import datetime, timedelta, timezone

from blacksheep import Application, Cookie, CookieSameSiteMode, Request, json as json_response

from .auth import issue_token, verify_credentials
from .cart import open_cart

app = Application()


def _expiry(hours):
    return datetime.now(timezone.utc) + timedelta(hours=hours)


@app.router.post("/signin")
async def signin(request: Request):
    form = await request.form()
    user = await verify_credentials(form.get("email"), form.get("password"))
    response = json_response({"ok": True})
    response.set_cookie(Cookie("auth", issue_token(user), expires=_expiry(8), http_only=False, secure=True, same_site=CookieSameSiteMode.LAX))  # expect: insecure-cookie
    cart_id = await open_cart(user)
    response.set_cookie(Cookie("cart_session", cart_id, expires=_expiry(72)))  # expect: insecure-cookie
    return response
