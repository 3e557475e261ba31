"""Pricing rules for the shop."""
import logging

logger = logging.getLogger(__name__)
TAX_RATE = 0.2


def line_total(price, quantity, discount=0.0):
    subtotal = price * quantity
    logger.debug("subtotal %s", subtotal)
    discounted = subtotal * (1 - discount)
    return round(discounted * (1 + TAX_RATE), 2)


def print_receipt(lines, printer):
    for line in lines:
        printer.print_line(f"{line['name']:<20}{line_total(**line):>8.2f}")
