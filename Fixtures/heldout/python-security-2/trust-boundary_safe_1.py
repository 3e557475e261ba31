"""Flask checkout wizard: the session only holds values the server chose."""
from flask import Blueprint, abort, jsonify, request, session

from .models import Coupon, ShippingMethod

bp = Blueprint("checkout", __name__, url_prefix="/checkout")
ACCOUNT_TYPES = {"personal", "business"}


@bp.post("/shipping")
def choose_shipping():
    data = request.get_json()
    method = ShippingMethod.query.filter_by(code=data["method"]).first_or_404()
    order = dict(session.get("order", {}))
    order["shipping_method"] = method.code
    order["shipping_fee"] = str(method.fee)
    session["order"] = order
    return jsonify(order)


@bp.post("/account-type")
def account_type():
    kind = request.form.get("type", "personal")
    if kind not in ACCOUNT_TYPES:
        abort(400)
    session["account_type"] = kind
    return jsonify({"ok": True})


@bp.post("/coupon")
def apply_coupon():
    coupon = Coupon.query.filter_by(code=request.form["code"].strip().upper(), active=True).first()
    if coupon is None:
        abort(404)
    session.update({"coupon_id": coupon.id, "coupon_discount": str(coupon.discount)})
    return jsonify({"coupon": coupon.code})
