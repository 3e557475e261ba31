"""Quart checkout steps that keep the customer's choices in the signed session."""
from quart import Quart, redirect, request, session, url_for

from .catalog import price_of

app = Quart(__name__)


@app.post("/checkout/shipping")
async def shipping():
    form = await request.form
    session["shipping_method"] = form.get("method", "standard")  # expect: trust-boundary
    session["gift_note"] = form.get("note", "")[:200]  # expect: trust-boundary
    return redirect(url_for("review"))


@app.post("/checkout/coupon")
async def coupon():
    payload = await request.get_json()
    applied = {"code": payload.get("code"), "percent": payload.get("percent", 0)}
    session["coupon"] = applied  # expect: trust-boundary
    return {"applied": True}


@app.get("/checkout/review")
async def review():
    sku = session.get("sku")
    total = price_of(sku) if sku else 0
    return {"total": total, "method": session.get("shipping_method")}
