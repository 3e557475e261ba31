"""Flask checkout wizard: keeps the order in progress in the signed session."""
from flask import Blueprint, jsonify, request, session

bp = Blueprint("checkout", __name__, url_prefix="/checkout")


@bp.post("/shipping")
def choose_shipping():
    data = request.get_json()
    order = session.get("order", {})
    order["shipping_method"] = data["method"]
    order["shipping_fee"] = data["fee"]
    session["order"] = order  # expect: trust-boundary
    return jsonify(order)


@bp.post("/account-type")
def account_type():
    session["account_type"] = request.form.get("type", "personal")  # expect: trust-boundary
    return jsonify({"ok": True})


@bp.post("/coupon")
def apply_coupon():
    code = request.form["code"].strip().upper()
    session.update({"coupon": code, "coupon_discount": request.form.get("discount", "0")})  # expect: trust-boundary
    return jsonify({"coupon": code})
