from datetime import datetime


def receipt(items, paid, width=32):
    total = sum(qty * price for _, qty, price in items)
    lines = [f"{'RECEIPT':^{width}}", f"{datetime.now():%Y-%m-%d %H:%M}", "-" * width]
    for name, qty, price in items:
        lines.append(f"{name:<{width - 12}}{qty:>3} x {price:>6.2f}")
    lines.append(f"{'-' * width}")
    lines.append(f"{'TOTAL':<{width - 10}}{total:>10.2f}")
    lines.append(f"{'PAID':<{width - 10}}{paid:>10.2f}")
    lines.append(f"{{change}} {paid - total:.2f}")
    return "\n".join(lines)


def describe(obj):
    return f"{obj!r} ({type(obj).__name__})"


TEMPLATE = "Dear {name}, your order {order_id} has shipped."


def shipping_mail(name, order_id):
    return TEMPLATE.format(name=name, order_id=order_id)
