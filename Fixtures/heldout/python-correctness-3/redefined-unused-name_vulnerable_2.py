"""Helpers shared by the shop's Flask views."""
import json
import re
import unicodedata

from flask import json  # expect: redefined-unused-name


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def price_label(cents, currency="EUR"):
    return f"{cents / 100:.2f} {currency}"


def slugify(text):  # expect: redefined-unused-name
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def product_payload(product):
    return json.dumps(
        {"slug": slugify(product.name), "price": price_label(product.price_cents)}
    )
