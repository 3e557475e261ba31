import logging
import sys

log = logging.getLogger(__name__)


def checkout(cart):
    total = sum(item["price"] for item in cart)
    log.debug("cart %s total %s", cart, total)
    return total


def report(rows, out=sys.stdout):
    for row in rows:
        print(f"{row['name']:<20}{row['total']:>10.2f}", file=out)
