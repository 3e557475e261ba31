"""Google Cloud Function that validates SKUs against a vendor-specific rule."""
import functions_framework
import regex

from .catalogue import vendor_skus


@functions_framework.http
def check_skus(request):
    body = request.get_json(silent=True) or {}
    prefix = body.get("prefix", "")
    rule = regex.compile(prefix + r"-\d{4,8}")  # expect: regex-injection
    bad = [sku for sku in vendor_skus(body.get("vendor")) if not rule.fullmatch(sku)]
    return {"invalid": bad}


@functions_framework.http
def find_mentions(request):
    who = request.args.get("who", "")
    text = request.get_data(as_text=True)
    return {"mentions": regex.findall("@" + who + r"\b", text)}  # expect: regex-injection
