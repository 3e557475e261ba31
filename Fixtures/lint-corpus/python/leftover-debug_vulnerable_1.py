"""Pricing rules for the shop."""

TAX_RATE = 0.2


def line_total(price, quantity, discount=0.0):
    subtotal = price * quantity
    print("subtotal", subtotal)  # expect: leftover-debug
    discounted = subtotal * (1 - discount)
    return round(discounted * (1 + TAX_RATE), 2)


def order_total(lines):
    total = sum(line_total(**line) for line in lines)
    breakpoint()  # expect: leftover-debug
    return total
