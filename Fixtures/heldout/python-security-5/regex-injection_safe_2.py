"""Google Cloud Function that checks SKUs with per-vendor compiled rules."""
import re

import functions_framework

from .catalogue import vendor_skus

RULES = {
    "acme": re.compile(r"ACM-\d{4,8}"),
    "globex": re.compile(r"GX-[A-Z]{2}\d{6}"),
}


@functions_framework.http
def check_skus(request):
    body = request.get_json(silent=True) or {}
    rule = RULES.get(body.get("vendor", ""))
    if rule is None:
        return ({"error": "unknown vendor"}, 400)
    bad = [sku for sku in vendor_skus(body["vendor"]) if not rule.fullmatch(sku)]
    return {"invalid": bad}


@functions_framework.http
def find_mentions(request):
    who = request.args.get("who", "").casefold()
    words = request.get_data(as_text=True).split()
    return {"mentions": [w for w in words if w.casefold() == "@" + who]}
